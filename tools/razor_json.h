/* razor_json.h - a small JSON reader for razor-report (JSON Lines in: the
 * runtime's reports, series to judge).
 *
 * Contract.  razor_json_parse reads one complete JSON text (RFC 8259: one
 * value, whitespace around it) from a buffer of known length, which need not
 * be NUL-terminated and may hold any bytes.  It never allocates, never
 * recurses and never reads outside text[0..len-1]: it fills a flat array of
 * tokens that the caller provides (a valid text needs at most len / 2 + 1;
 * with RAZOR_JSON_MAX_TOKENS(len), a broken one too is read up to its real
 * error) and nests at most RAZOR_JSON_MAX_DEPTH containers.  The
 * tokens point into the text, which must outlive them; nothing is copied or
 * decoded until an accessor asks.  Strict: no comments, no trailing commas,
 * no bare control characters or invalid UTF-8 in strings, no leading zeros,
 * no NaN.  Duplicate member names are kept; razor_json_member finds the
 * last, as most JSON readers do.
 *
 * Tokens are in document order: a container's token comes first, then its
 * contents; an object's members are a string token (the name) followed by
 * the value's tokens.  `next` skips a value with everything inside it:
 *
 *   for (size_t i = arr + 1, k = 0; k < t[arr].count; k++, i = t[i].next)
 *     ... t[i] is element k ...
 */
#ifndef RAZOR_JSON_H
#define RAZOR_JSON_H

#include <stddef.h>
#include <stdint.h>

enum razor_json_type {
  RAZOR_JSON_NULL,
  RAZOR_JSON_FALSE,
  RAZOR_JSON_TRUE,
  RAZOR_JSON_NUMBER,
  RAZOR_JSON_STRING,
  RAZOR_JSON_ARRAY,
  RAZOR_JSON_OBJECT,
};

struct razor_json_tok {
  enum razor_json_type type;
  size_t start, end; /* its text, text[start..end-1]; a string's quotes too */
  size_t count;      /* ARRAY: elements; OBJECT: members; else 0 */
  size_t next;       /* the token after this value and all it contains */
};

enum razor_json_error {
  RAZOR_JSON_OK,
  RAZOR_JSON_SYNTAX, /* not JSON at `offset` */
  RAZOR_JSON_END,    /* the text ends inside the value (truncated) */
  RAZOR_JSON_TOKENS, /* more tokens than the caller gave room for */
  RAZOR_JSON_DEPTH,  /* containers nested deeper than RAZOR_JSON_MAX_DEPTH */
};

struct razor_json_err {
  enum razor_json_error code;
  size_t offset;   /* byte offset of the problem in the text */
  const char *msg; /* what is wrong, a static string ("expected ':'") */
};

#define RAZOR_JSON_MAX_DEPTH 128
/* Tokens enough for any text of LEN bytes: each starts at a byte of its
 * own.  (A valid text needs at most LEN / 2 + 1: every value but the last
 * takes two bytes, itself or its brackets and a separator.) */
#define RAZOR_JSON_MAX_TOKENS(len) ((len) + 1)

/* Parses text[0..len-1] as one JSON value into toks[0..max_toks-1].
 * Returns the number of tokens used (at least 1; toks[0] is the value), or
 * 0 with *err saying why (err may be NULL); on failure the tokens hold
 * garbage.  text may be NULL when len is 0 (an error: no value). */
size_t razor_json_parse(const char *text, size_t len,
                        struct razor_json_tok *toks, size_t max_toks,
                        struct razor_json_err *err);

/* The value of object member KEY of the object token toks[obj]: the index of
 * its value's token, or (size_t)-1 when the object has no such member or
 * toks[obj] is not an object.  With duplicate names, the last one. */
size_t razor_json_member(const char *text, const struct razor_json_tok *toks,
                         size_t obj, const char *key);

/* An integer number token (no fraction, no exponent) in int64_t range into
 * *out.  Returns 0, or -1 (*out untouched) for anything else. */
int razor_json_int64(const char *text, const struct razor_json_tok *t,
                     int64_t *out);

/* The decoded bytes of a string token (escapes resolved, UTF-8; a lone
 * surrogate escape becomes U+FFFD) into buf[0..size-1], NUL-terminated when
 * size > 0, cut short as snprintf does.  Returns the decoded length (which
 * may exceed size - 1, and may include NUL bytes from \u0000), or -1 when t
 * is not a string. */
long razor_json_string(const char *text, const struct razor_json_tok *t,
                       char *buf, size_t size);

/* 1 when string token t decodes to exactly the NUL-terminated S, else 0. */
int razor_json_string_eq(const char *text, const struct razor_json_tok *t,
                         const char *s);

#endif /* RAZOR_JSON_H */
