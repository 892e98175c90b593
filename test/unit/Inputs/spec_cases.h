/* spec_cases.h - the table driver of the razor_spec unit tests: runs each
 * spec through razor_spec_parse (runtime/razor_spec.c) and prints one line,
 *   ok 'INPUT' -> 'CANONICAL' given=[...] warmup=W min_growth=G min_calls=C
 *   error 'INPUT': MESSAGE
 * with control bytes shown as \xNN.  Every accepted spec is also checked to
 * format, parse back and format again to the same text; a broken check
 * prints "FAILED" and makes the program exit 1. */
#ifndef SPEC_CASES_H
#define SPEC_CASES_H

#include "razor_spec.h"

#include <stdio.h>
#include <string.h>

/* A spec with its length, so a NUL inside is part of it. */
struct spec_case {
  const char *text;
  size_t len;
};
#define SPEC(literal) {literal, sizeof literal - 1}

static int spec_failed;

static void spec_fail(const char *what, const struct spec_case *c) {
  printf("FAILED %s: %.*s\n", what, (int)c->len, c->text);
  spec_failed = 1;
}

static void spec_print_escaped(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c == 0x7f)
      printf("\\x%02x", c);
    else
      putchar(c);
  }
}

static void spec_print_given(unsigned given) {
  static const char *const names[] = {"traceback", "clear",      "strict",
                                      "debug",     "warmup",     "min_growth",
                                      "min_calls"};
  const char *sep = "";
  printf("given=[");
  for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++)
    if (given & (1u << i)) {
      printf("%s%s", sep, names[i]);
      sep = ",";
    }
  printf("]");
  if (given >> (sizeof names / sizeof names[0]))
    printf(" +0x%x", given);
}

/* Parses C, prints its line and checks the canonical spelling's round trip. */
static void spec_run(const struct spec_case *c) {
  struct razor_spec s;
  char err[512], canon[512], again[512];
  int rc = razor_spec_parse(c->text, c->len, &s, err, sizeof err);
  printf("%s '", rc ? "error" : "ok");
  spec_print_escaped(c->text, c->len);
  if (rc) {
    printf("': ");
    spec_print_escaped(err, strlen(err));
    printf("\n");
    if (!err[0] || strchr(err, '\n'))
      spec_fail("message empty or not one line", c);
    return;
  }
  size_t n = razor_spec_format(&s, canon, sizeof canon);
  printf("' -> '%s' ", canon);
  spec_print_given(s.given);
  printf(" warmup=%u min_growth=%llu min_calls=%u\n", (unsigned)s.warmup,
         (unsigned long long)s.min_growth, (unsigned)s.min_calls);
  if (n != strlen(canon) || s.trigger < c->text ||
      s.trigger + s.trigger_len > c->text + c->len)
    spec_fail("format length or trigger pointer", c);
  struct razor_spec t;
  if (razor_spec_parse(canon, n, &t, err, sizeof err) ||
      razor_spec_format(&t, again, sizeof again) != n || strcmp(canon, again) ||
      t.opts != s.opts)
    spec_fail("canonical spelling does not parse back to itself", c);
}

/* Runs every case of TABLE; returns the program's exit status. */
static int spec_run_all(const struct spec_case *table, size_t n) {
  for (size_t i = 0; i < n; i++)
    spec_run(&table[i]);
  printf("%zu specs\n", n);
  return spec_failed;
}

#endif /* SPEC_CASES_H */
