/* razor_spec.h - the probe spec grammar, parsed in one place.
 *
 * A probe's spec is what follows "razor_probe:" in its annotation and what
 * razor_probe_create takes (SPEC.md section 2):
 *
 *   SPEC     TRIGGER { "," OPTION }
 *   TRIGGER  [A-Za-z_][A-Za-z0-9_]*, or empty: always on
 *   OPTION   traceback | clear | strict | nostrict | debug
 *          | warmup=N | min_growth=SIZE | min_calls=N
 *   N        decimal digits (min_calls: at least 1), at most 2^32-1
 *   SIZE     decimal digits: bytes, or with the suffix KiB or MiB
 *
 * Blanks (space, \t, \n, \v, \f, \r) around the trigger, around each option
 * and around an option's '=' are ignored; inside a name or a number they
 * are an error.  An option given twice, or both strict and nostrict, is an
 * error.
 *
 * razor_spec.c is plain C11 without allocation and without libc beyond
 * <string.h>: the runtime (hidden visibility, -fno-builtin) and the Clang
 * plugin both compile it, so the annotation and the C API accept exactly
 * the same specs, with the same messages.
 */
#ifndef RAZOR_SPEC_H
#define RAZOR_SPEC_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What a probe does (struct razor_spec.opts). */
enum {
  RAZOR_OPT_TRACEBACK = 1u << 0,
  RAZOR_OPT_CLEAR = 1u << 1,
  RAZOR_OPT_NOSTRICT = 1u << 2,
  RAZOR_OPT_DEBUG = 1u << 3,
};

/* Which options the spec wrote (struct razor_spec.given): RAZOR_OPTIONS
 * wins over them, the runtime's defaults fill in the others.
 * RAZOR_SPEC_STRICT stands for strict and nostrict alike. */
enum {
  RAZOR_SPEC_TRACEBACK = 1u << 0,
  RAZOR_SPEC_CLEAR = 1u << 1,
  RAZOR_SPEC_STRICT = 1u << 2,
  RAZOR_SPEC_DEBUG = 1u << 3,
  RAZOR_SPEC_WARMUP = 1u << 4,
  RAZOR_SPEC_MIN_GROWTH = 1u << 5,
  RAZOR_SPEC_MIN_CALLS = 1u << 6,
};

/* A parsed spec.  Values of options not given are 0. */
struct razor_spec {
  const char *trigger; /* into the parsed text, blanks trimmed; not */
  size_t trigger_len;  /* NUL-terminated; length 0: always on */
  unsigned opts;       /* RAZOR_OPT_* */
  unsigned given;      /* RAZOR_SPEC_* */
  uint32_t warmup;     /* sampled calls left out at the start */
  uint32_t min_calls;  /* >= 1 when given */
  uint64_t min_growth; /* bytes */
};

/* Parses the LEN bytes at SPEC (NUL bytes are ordinary, invalid bytes;
 * SPEC may be NULL when LEN is 0) into *OUT and returns 0.  On a malformed
 * spec returns -1 and writes a one-line message naming the offending part
 * (control bytes shown as \xNN) to ERR, cut to fit ERRLEN bytes and always
 * NUL-terminated when ERRLEN > 0; *OUT is then unspecified.  ERR may be NULL
 * when ERRLEN is 0.  OUT->trigger points into SPEC: it lives as long as the
 * caller's text. */
int razor_spec_parse(const char *spec, size_t len, struct razor_spec *out,
                     char *err, size_t errlen);

/* Writes the canonical spelling of S to BUF, snprintf-like: at most N - 1
 * characters and a NUL when N > 0 (BUF may be NULL when N is 0); returns the
 * full length, NUL not counted.  The canonical spelling is
 *   TRIGGER[,traceback][,clear][,nostrict][,debug][,warmup=N]
 *          [,min_growth=BYTES][,min_calls=N]
 * in that order, without blanks: flags when set, values when not 0.  Two
 * parsed specs mean the same exactly when their spellings are equal: options
 * at their default (strict, warmup=0, min_growth=0) are left out, while
 * min_calls, whose default the runtime picks, is written whenever given.
 * The spelling parses back to itself; without the valued options it is
 * what runtimes before them read from a probe descriptor. */
size_t razor_spec_format(const struct razor_spec *s, char *buf, size_t n);

#ifdef __cplusplus
}
#endif

#endif /* RAZOR_SPEC_H */
