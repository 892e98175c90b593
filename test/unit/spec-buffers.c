// razor_spec_format and razor_spec_parse's message honour their buffers as snprintf does (cut, always NUL-terminated, full length returned, nothing written past the end, NULL with size 0); a NULL spec of length 0 is the always-on spec; the trigger points into the caller's text.
// RUN: %clang -std=c11 -g -Wall -Wextra -Werror -fsanitize=address,undefined -fno-sanitize-recover=all -I"%S/../../runtime" "%S/../../runtime/razor_spec.c" "%s" -o "%t"
// RUN: "%t" | FileCheck --match-full-lines "%s"
#include "razor_spec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failed;

/* Parses TEXT (a NUL-terminated spec). */
static struct razor_spec parsed(const char *text) {
  struct razor_spec s;
  if (razor_spec_parse(text, strlen(text), &s, NULL, 0)) {
    printf("FAILED to parse %s\n", text);
    failed = 1;
  }
  return s;
}

int main(void) {
  /* Format into buffers of every size up to the full one: the prefix that
   * fits, a NUL, the full length; the byte after the buffer untouched. */
  struct razor_spec s = parsed("TRACE_T , clear,traceback,min_calls=12");
  size_t full = razor_spec_format(&s, NULL, 0);
  printf("full %zu\n", full);
  // CHECK: full 36
  for (size_t n = 1; n <= full + 1; n++) {
    char buf[64];
    memset(buf, '#', sizeof buf);
    size_t got = razor_spec_format(&s, buf, n);
    if (got != full || strlen(buf) != n - 1 || buf[n] != '#' ||
        memcmp(buf, "TRACE_T,traceback,clear,min_calls=12", n - 1)) {
      printf("FAILED format into %zu bytes: %zu '%s'\n", n, got, buf);
      failed = 1;
    }
  }
  char tiny[8];
  razor_spec_format(&s, tiny, sizeof tiny);
  printf("format into 8: '%s'\n", tiny);
  // CHECK-NEXT: format into 8: 'TRACE_T'

  /* The message: cut to fit, NUL-terminated, nothing past ERRLEN; no
   * buffer at all is fine. */
  const char *bad = "T,clear,bogus";
  const char *message = "unknown razor_probe option 'bogus'; expected "
                        "traceback, clear, strict, nostrict or debug";
  char err[128];
  for (size_t n = 0; n <= strlen(message) + 1; n++) {
    struct razor_spec t;
    memset(err, '#', sizeof err);
    int rc = razor_spec_parse(bad, strlen(bad), &t, n ? err : NULL, n);
    if (rc != -1 || (n && strlen(err) >= n) || err[n] != '#' ||
        (n && strncmp(err, message, n - 1))) {
      printf("FAILED message into %zu bytes: %d\n", n, rc);
      failed = 1;
    }
  }
  struct razor_spec t;
  razor_spec_parse(bad, strlen(bad), &t, err, 16);
  printf("message into 16: '%s'\n", err);
  // CHECK-NEXT: message into 16: 'unknown razor_p'

  /* NULL with length 0: always on, no options. */
  struct razor_spec z;
  memset(&z, 0x55, sizeof z);
  int rc = razor_spec_parse(NULL, 0, &z, err, sizeof err);
  printf("NULL: rc %d trigger %s len %zu opts %u given %u values %u %u %llu\n",
         rc, z.trigger ? "non-null" : "null", z.trigger_len, z.opts, z.given,
         (unsigned)z.warmup, (unsigned)z.min_calls,
         (unsigned long long)z.min_growth);
  // CHECK-NEXT: NULL: rc 0 trigger non-null len 0 opts 0 given 0 values 0 0 0

  /* The trigger is not copied: it points into the text, blanks trimmed,
   * and only LEN bytes are read (no NUL needed: ASan sees a read past). */
  const char *text = "  TRACE_IN , debug";
  s = parsed(text);
  printf("trigger at %td, %zu bytes\n", s.trigger - text, s.trigger_len);
  // CHECK-NEXT: trigger at 2, 8 bytes
  char *exact = malloc(8);
  memcpy(exact, "TR,clear", 8);
  rc = razor_spec_parse(exact, 8, &s, err, sizeof err);
  printf("8 bytes, no NUL: rc %d opts %u\n", rc, s.opts);
  // CHECK-NEXT: 8 bytes, no NUL: rc 0 opts 2
  free(exact);

  /* The option bits keep the values the runtime's reports test. */
  printf("bits %u %u %u %u\n", RAZOR_OPT_TRACEBACK, RAZOR_OPT_CLEAR,
         RAZOR_OPT_NOSTRICT, RAZOR_OPT_DEBUG);
  // CHECK-NEXT: bits 1 2 4 8
  // CHECK-NOT: {{.}}
  return failed;
}
