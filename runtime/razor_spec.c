/* razor_spec.c - the probe spec grammar (see razor_spec.h), shared by the
 * runtime (razor_probe_create, probe descriptors) and the Clang plugin (the
 * razor_probe annotation).  C11, no allocation, nothing from libc but
 * <string.h>. */
#include "razor_base.h"
#include "razor_spec.h"

#include <string.h>

/* ---- bounded text output ---- */

/* Text written into BUF[0..CAP): LEN counts every byte offered, those past
 * CAP - 1 are dropped (snprintf's contract). */
struct razor_spec_out {
  char *buf;
  size_t cap, len;
};

static void out_bytes(struct razor_spec_out *o, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++, o->len++)
    if (o->len + 1 < o->cap)
      o->buf[o->len] = s[i];
}

static void out_str(struct razor_spec_out *o, const char *s) {
  out_bytes(o, s, strlen(s));
}

static void out_u64(struct razor_spec_out *o, uint64_t v) {
  char digits[20];
  size_t n = 0;
  do
    digits[sizeof digits - ++n] = (char)('0' + v % 10);
  while ((v /= 10) != 0);
  out_bytes(o, digits + sizeof digits - n, n);
}

/* S in single quotes, control bytes as \xNN so a message stays one line. */
static void out_quoted(struct razor_spec_out *o, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  out_bytes(o, "'", 1);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c == 0x7f) {
      char esc[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
      out_bytes(o, esc, sizeof esc);
    } else {
      out_bytes(o, s + i, 1);
    }
  }
  out_bytes(o, "'", 1);
}

/* NUL-terminates the output (when there is room for anything) and returns
 * the full length. */
static size_t out_end(struct razor_spec_out *o) {
  if (o->cap)
    o->buf[o->len < o->cap ? o->len : o->cap - 1] = 0;
  return o->len;
}

/* ---- the grammar ---- */

enum razor_spec_kind { KIND_FLAG, KIND_COUNT, KIND_SIZE };

/* Every option, in canonical order.  strict and nostrict share a GIVEN bit:
 * writing both is a contradiction. */
static const struct razor_spec_option {
  const char *name;
  unsigned given, opt;
  enum razor_spec_kind kind;
  uint64_t min, max; /* a value's range */
  const char *form;  /* how a value is written, for messages */
} razor_spec_options[] = {
    {"traceback", RAZOR_SPEC_TRACEBACK, RAZOR_OPT_TRACEBACK, KIND_FLAG, 0, 0, 0},
    {"clear", RAZOR_SPEC_CLEAR, RAZOR_OPT_CLEAR, KIND_FLAG, 0, 0, 0},
    {"strict", RAZOR_SPEC_STRICT, 0, KIND_FLAG, 0, 0, 0},
    {"nostrict", RAZOR_SPEC_STRICT, RAZOR_OPT_NOSTRICT, KIND_FLAG, 0, 0, 0},
    {"debug", RAZOR_SPEC_DEBUG, RAZOR_OPT_DEBUG, KIND_FLAG, 0, 0, 0},
    {"warmup", RAZOR_SPEC_WARMUP, 0, KIND_COUNT, 0, UINT32_MAX, "warmup=N"},
    {"min_growth", RAZOR_SPEC_MIN_GROWTH, 0, KIND_SIZE, 0, UINT64_MAX,
     "min_growth=SIZE"},
    {"min_calls", RAZOR_SPEC_MIN_CALLS, 0, KIND_COUNT, 1, UINT32_MAX,
     "min_calls=N"},
};
#define RAZOR_SPEC_NOPTIONS                                                    \
  (sizeof razor_spec_options / sizeof razor_spec_options[0])

static int is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' ||
         c == '\r';
}

/* Drops the blanks at both ends of [*S, *S + *N). */
RAZOR_RESIDENT static void trim(const char **s, size_t *n) {
  while (*n && is_blank(**s))
    ++*s, --*n;
  while (*n && is_blank((*s)[*n - 1]))
    --*n;
}

static int is_name_char(char c, int first) {
  return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (!first && c >= '0' && c <= '9');
}

static int same(const char *s, size_t n, const char *word) {
  return strlen(word) == n && memcmp(s, word, n) == 0;
}

/* Reads the decimal digits [S, S + N) into *V.  Returns 0, or 1 when they
 * are not digits only (or there are none), or 2 when the number exceeds
 * MAX. */
static int parse_digits(const char *s, size_t n, uint64_t max, uint64_t *v) {
  uint64_t x = 0;
  int big = 0;
  if (n == 0)
    return 1;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9')
      return 1;
    unsigned d = (unsigned)(s[i] - '0');
    if (big || x > (max - d) / 10)
      big = 1;
    else
      x = x * 10 + d;
  }
  *v = x;
  return big ? 2 : 0;
}

/* Reads a SIZE (digits, optionally followed by KiB or MiB) into *V, the
 * same results as parse_digits with the limit in bytes. */
static int parse_size(const char *s, size_t n, uint64_t max, uint64_t *v) {
  uint64_t unit = 1;
  if (n > 3 && (same(s + n - 3, 3, "KiB") || same(s + n - 3, 3, "MiB"))) {
    unit = s[n - 3] == 'K' ? 1024 : 1024 * 1024;
    n -= 3;
  }
  int rc = parse_digits(s, n, max / unit, v);
  if (rc == 0)
    *v *= unit;
  return rc;
}

/* Stores option O's value V in *S. */
static void set_value(struct razor_spec *s, const struct razor_spec_option *o,
                      uint64_t v) {
  if (o->given == RAZOR_SPEC_WARMUP)
    s->warmup = (uint32_t)v;
  else if (o->given == RAZOR_SPEC_MIN_CALLS)
    s->min_calls = (uint32_t)v;
  else
    s->min_growth = v;
}

/* Option O's value in S. */
static uint64_t get_value(const struct razor_spec *s,
                          const struct razor_spec_option *o) {
  if (o->given == RAZOR_SPEC_WARMUP)
    return s->warmup;
  if (o->given == RAZOR_SPEC_MIN_CALLS)
    return s->min_calls;
  return s->min_growth;
}

/* Parses one OPTION item [S, S + N), blanks trimmed, into *OUT.  Returns 0,
 * or -1 with the message in *E. */
static int parse_option(const char *s, size_t n, struct razor_spec *out,
                        struct razor_spec_out *e) {
  const char *eq = memchr(s, '=', n);
  const char *name = s, *val = NULL;
  size_t nlen = eq ? (size_t)(eq - s) : n, vlen = 0;
  if (eq) {
    val = eq + 1;
    vlen = n - nlen - 1;
    trim(&val, &vlen);
  }
  trim(&name, &nlen);
  const struct razor_spec_option *o = razor_spec_options;
  while (o < razor_spec_options + RAZOR_SPEC_NOPTIONS &&
         !same(name, nlen, o->name))
    o++;
  if (o == razor_spec_options + RAZOR_SPEC_NOPTIONS) {
    out_str(e, "unknown razor_probe option ");
    out_quoted(e, s, n);
    out_str(e, eq ? "; expected warmup=N, min_growth=SIZE or min_calls=N"
                  : "; expected traceback, clear, strict, nostrict or debug");
    return -1;
  }
  if (out->given & o->given) {
    if (o->given == RAZOR_SPEC_STRICT &&
        (out->opts & RAZOR_OPT_NOSTRICT) != o->opt) {
      out_str(e, "razor_probe options 'strict' and 'nostrict' contradict "
                 "each other");
    } else {
      out_str(e, "razor_probe option ");
      out_quoted(e, name, nlen);
      out_str(e, " is repeated");
    }
    return -1;
  }
  out->given |= o->given;
  out->opts |= o->opt;
  if (o->kind == KIND_FLAG) {
    if (!eq)
      return 0;
    out_str(e, "razor_probe option ");
    out_quoted(e, name, nlen);
    out_str(e, " takes no value");
    return -1;
  }
  if (vlen == 0) {
    out_str(e, "razor_probe option ");
    out_quoted(e, name, nlen);
    out_str(e, " needs a value (");
    out_str(e, o->form);
    out_str(e, ")");
    return -1;
  }
  uint64_t v = 0;
  int rc = o->kind == KIND_SIZE ? parse_size(val, vlen, o->max, &v)
                                : parse_digits(val, vlen, o->max, &v);
  if (rc == 0 && v >= o->min) {
    set_value(out, o, v);
    return 0;
  }
  out_str(e, "razor_probe option ");
  out_quoted(e, s, n);
  out_str(e, ": ");
  if (rc == 1) {
    out_quoted(e, val, vlen);
    out_str(e, o->kind == KIND_SIZE
                   ? " is not a size (bytes, or a whole number with KiB or "
                     "MiB)"
                   : " is not a whole number");
  } else if (rc == 2) {
    out_str(e, "too large (at most ");
    out_u64(e, o->max);
    out_str(e, o->kind == KIND_SIZE ? " bytes)" : ")");
  } else {
    out_str(e, "must be at least ");
    out_u64(e, o->min);
  }
  return -1;
}

/* See razor_spec.h.  Items are split at ',' first, then trimmed; the first
 * mistake from the left is the one reported. */
RAZOR_RESIDENT int razor_spec_parse(const char *spec, size_t len,
                                    struct razor_spec *out, char *err,
                                    size_t errlen) {
  struct razor_spec_out e = {err, errlen, 0};
  const char *end, *item, *comma;
  size_t n;
  if (!spec) {
    spec = "";
    len = 0;
  }
  end = spec + len;
  memset(out, 0, sizeof *out);
  comma = memchr(spec, ',', len);
  item = spec;
  n = (size_t)((comma ? comma : end) - spec);
  trim(&item, &n);
  for (size_t i = 0; i < n; i++)
    if (!is_name_char(item[i], i == 0)) {
      out_str(&e, "razor_probe trigger ");
      out_quoted(&e, item, n);
      out_str(&e, " is not an environment variable name ([A-Za-z_]"
                  "[A-Za-z0-9_]*, or empty for always on)");
      out_end(&e);
      return -1;
    }
  out->trigger = item;
  out->trigger_len = n;
  while (comma) {
    item = comma + 1;
    comma = memchr(item, ',', (size_t)(end - item));
    n = (size_t)((comma ? comma : end) - item);
    trim(&item, &n);
    if (n == 0) {
      out_str(&e, "empty razor_probe option (a stray ',')");
      out_end(&e);
      return -1;
    }
    if (parse_option(item, n, out, &e)) {
      out_end(&e);
      return -1;
    }
  }
  return 0;
}

/* See razor_spec.h. */
size_t razor_spec_format(const struct razor_spec *s, char *buf, size_t n) {
  struct razor_spec_out o = {buf, n, 0};
  out_bytes(&o, s->trigger, s->trigger_len);
  /* A flag when set, a value when not 0 (a given min_calls is >= 1). */
  for (size_t i = 0; i < RAZOR_SPEC_NOPTIONS; i++) {
    const struct razor_spec_option *opt = &razor_spec_options[i];
    uint64_t v = opt->kind == KIND_FLAG ? 0 : get_value(s, opt);
    if (opt->kind == KIND_FLAG ? !(s->opts & opt->opt) : v == 0)
      continue;
    out_str(&o, ",");
    out_str(&o, opt->name);
    if (opt->kind != KIND_FLAG) {
      out_str(&o, "=");
      out_u64(&o, v);
    }
  }
  return out_end(&o);
}
