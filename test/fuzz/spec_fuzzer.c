/* spec_fuzzer.c - libFuzzer target for the probe spec parser,
 * razor_spec_parse and razor_spec_format in runtime/razor_spec.c (the one
 * parser behind the razor_probe annotation and razor_probe_create).  Each
 * input is one spec, NUL bytes included, in a buffer of exactly its size.
 * Checked: a success yields a valid trigger inside the input, known bits
 * and in-range values, and a canonical spelling without blanks that parses
 * back to the same options and spells the same again, whatever buffer size
 * it is written into; a failure yields a non-empty one-line message, and a
 * small message buffer gets a NUL-terminated prefix of the full message.
 * Built and run briefly by test/run/reliability/fuzz-spec.c.
 *
 * A longer run, from the source tree:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Iruntime \
 *     test/fuzz/spec_fuzzer.c runtime/razor_spec.c -o /tmp/spec_fuzzer
 *   mkdir -p /tmp/spec && /tmp/spec_fuzzer -max_total_time=600 /tmp/spec \
 *     test/fuzz/corpus/spec
 */
#include "razor_spec.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void check(int ok) {
  if (!ok)
    abort();
}

static int valid_trigger(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (!(c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
          (i > 0 && c >= '0' && c <= '9')))
      return 0;
  }
  return 1;
}

static void check_success(const char *text, size_t size,
                          const struct razor_spec *s) {
  const unsigned all_opts = RAZOR_OPT_TRACEBACK | RAZOR_OPT_CLEAR |
                            RAZOR_OPT_NOSTRICT | RAZOR_OPT_DEBUG;
  check(s->trigger >= text && s->trigger + s->trigger_len <= text + size);
  check(valid_trigger(s->trigger, s->trigger_len));
  check((s->opts & ~all_opts) == 0 && (s->given >> 7) == 0);
  /* An option's bit is there only when it was written. */
  check(!(s->opts & RAZOR_OPT_TRACEBACK) || (s->given & RAZOR_SPEC_TRACEBACK));
  check(!(s->opts & RAZOR_OPT_CLEAR) || (s->given & RAZOR_SPEC_CLEAR));
  check(!(s->opts & RAZOR_OPT_NOSTRICT) || (s->given & RAZOR_SPEC_STRICT));
  check(!(s->opts & RAZOR_OPT_DEBUG) || (s->given & RAZOR_SPEC_DEBUG));
  check(s->warmup == 0 || (s->given & RAZOR_SPEC_WARMUP));
  check(s->min_growth == 0 || (s->given & RAZOR_SPEC_MIN_GROWTH));
  check((s->given & RAZOR_SPEC_MIN_CALLS) ? s->min_calls >= 1
                                          : s->min_calls == 0);

  /* The canonical spelling, into an exact buffer and a short one. */
  size_t n = razor_spec_format(s, NULL, 0);
  char *canon = malloc(n + 1);
  check(canon != NULL);
  check(razor_spec_format(s, canon, n + 1) == n && strlen(canon) == n);
  check(!memchr(canon, ' ', n) && !memchr(canon, '\t', n));
  char cut[8];
  check(razor_spec_format(s, cut, sizeof cut) == n);
  check(strlen(cut) == (n < sizeof cut ? n : sizeof cut - 1) &&
        !memcmp(cut, canon, strlen(cut)));

  /* It parses back to the same options and spells the same again. */
  struct razor_spec t;
  char err[256];
  check(razor_spec_parse(canon, n, &t, err, sizeof err) == 0);
  check(t.trigger_len == s->trigger_len &&
        !memcmp(t.trigger, s->trigger, s->trigger_len));
  check(t.opts == s->opts && t.warmup == s->warmup &&
        t.min_growth == s->min_growth && t.min_calls == s->min_calls);
  char *again = malloc(n + 1);
  check(again != NULL);
  check(razor_spec_format(&t, again, n + 1) == n && !strcmp(canon, again));
  free(again);
  free(canon);
}

static void check_failure(const char *text, size_t size, const char *err) {
  size_t n = strlen(err);
  check(n > 0);
  for (size_t i = 0; i < n; i++)
    check((unsigned char)err[i] >= 0x20 && err[i] != 0x7f);
  /* A short buffer gets the start of the same message. */
  char small[17];
  struct razor_spec t;
  check(razor_spec_parse(text, size, &t, small, sizeof small) == -1);
  check(strlen(small) == (n < sizeof small ? n : sizeof small - 1) &&
        !memcmp(small, err, strlen(small)));
  check(razor_spec_parse(text, size, &t, NULL, 0) == -1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* Exactly SIZE bytes and no NUL after them: a read past is an error. */
  char *text = malloc(size ? size : 1);
  check(text != NULL);
  memcpy(text, data, size);
  size_t errlen = 4 * size + 256; /* room for the whole message */
  char *err = malloc(errlen);
  check(err != NULL);
  struct razor_spec s;
  int rc = razor_spec_parse(text, size, &s, err, errlen);
  check(rc == 0 || rc == -1);
  if (rc == 0)
    check_success(text, size, &s);
  else
    check_failure(text, size, err);
  free(err);
  free(text);
  return 0;
}
