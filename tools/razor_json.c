/* razor_json.c - the JSON reader of razor_json.h: one pass, no allocation,
 * no recursion (an explicit stack of open containers). */
#include "razor_json.h"

#include <string.h>

struct parser {
  const char *s;
  size_t len, pos;
  struct razor_json_tok *toks;
  size_t max, n;
  struct razor_json_err *err;
};

static int fail(struct parser *p, enum razor_json_error code,
                const char *msg) {
  if (p->pos >= p->len && code == RAZOR_JSON_SYNTAX) {
    code = RAZOR_JSON_END;
    msg = "the text ends inside the value";
  }
  p->err->code = code;
  p->err->offset = p->pos < p->len ? p->pos : p->len;
  p->err->msg = msg;
  return -1;
}

static void skip_ws(struct parser *p) {
  while (p->pos < p->len) {
    char c = p->s[p->pos];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
      break;
    p->pos++;
  }
}

static struct razor_json_tok *new_tok(struct parser *p,
                                      enum razor_json_type type) {
  if (p->n == p->max) {
    fail(p, RAZOR_JSON_TOKENS, "more values than there is room for");
    return NULL;
  }
  struct razor_json_tok *t = &p->toks[p->n++];
  t->type = type;
  t->start = t->end = p->pos;
  t->count = 0;
  t->next = p->n;
  return t;
}

static int hex(int c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Length of the valid UTF-8 sequence at s[0..left-1] (lead byte >= 0x80),
 * or 0: no overlongs, no surrogates, nothing above U+10FFFF. */
static size_t utf8_len(const unsigned char *s, size_t left) {
  unsigned c = s[0];
  size_t len = c >= 0xc2 && c <= 0xdf   ? 2
               : c >= 0xe0 && c <= 0xef ? 3
               : c >= 0xf0 && c <= 0xf4 ? 4
                                        : 0;
  if (len == 0 || len > left)
    return 0;
  for (size_t i = 1; i < len; i++)
    if ((s[i] & 0xc0) != 0x80)
      return 0;
  if ((c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] > 0x9f) ||
      (c == 0xf0 && s[1] < 0x90) || (c == 0xf4 && s[1] > 0x8f))
    return 0;
  return len;
}

static int parse_string(struct parser *p) {
  struct razor_json_tok *t = new_tok(p, RAZOR_JSON_STRING);
  if (!t)
    return -1;
  p->pos++; /* the opening quote */
  while (p->pos < p->len) {
    unsigned char c = (unsigned char)p->s[p->pos];
    if (c == '"') {
      t->end = ++p->pos;
      return 0;
    }
    if (c < 0x20)
      return fail(p, RAZOR_JSON_SYNTAX, "control character in a string");
    if (c == '\\') {
      if (++p->pos >= p->len)
        break;
      c = (unsigned char)p->s[p->pos];
      if (c == 'u') {
        for (int i = 1; i <= 4; i++)
          if (p->pos + i >= p->len || hex(p->s[p->pos + i]) < 0) {
            p->pos += i;
            return fail(p, RAZOR_JSON_SYNTAX, "bad \\u escape in a string");
          }
        p->pos += 5;
      } else if (strchr("\"\\/bfnrt", c) && c) {
        p->pos++;
      } else {
        return fail(p, RAZOR_JSON_SYNTAX, "bad escape in a string");
      }
    } else if (c >= 0x80) {
      size_t n = utf8_len((const unsigned char *)p->s + p->pos,
                          p->len - p->pos);
      if (!n)
        return fail(p, RAZOR_JSON_SYNTAX, "invalid UTF-8 in a string");
      p->pos += n;
    } else {
      p->pos++;
    }
  }
  return fail(p, RAZOR_JSON_END, "the text ends inside a string");
}

static int is_digit(struct parser *p) {
  return p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9';
}

static int parse_number(struct parser *p) {
  struct razor_json_tok *t = new_tok(p, RAZOR_JSON_NUMBER);
  if (!t)
    return -1;
  if (p->s[p->pos] == '-')
    p->pos++;
  if (!is_digit(p))
    return fail(p, RAZOR_JSON_SYNTAX, "expected a digit");
  if (p->s[p->pos++] != '0')
    while (is_digit(p))
      p->pos++;
  if (p->pos < p->len && p->s[p->pos] == '.') {
    p->pos++;
    if (!is_digit(p))
      return fail(p, RAZOR_JSON_SYNTAX, "expected a digit after '.'");
    while (is_digit(p))
      p->pos++;
  }
  if (p->pos < p->len && (p->s[p->pos] == 'e' || p->s[p->pos] == 'E')) {
    p->pos++;
    if (p->pos < p->len && (p->s[p->pos] == '+' || p->s[p->pos] == '-'))
      p->pos++;
    if (!is_digit(p))
      return fail(p, RAZOR_JSON_SYNTAX, "expected a digit in the exponent");
    while (is_digit(p))
      p->pos++;
  }
  t->end = p->pos;
  return 0;
}

static int parse_word(struct parser *p, const char *word,
                      enum razor_json_type type, const char *msg) {
  size_t n = strlen(word);
  struct razor_json_tok *t = new_tok(p, type);
  if (!t)
    return -1;
  for (size_t i = 0; i < n; i++, p->pos++)
    if (p->pos >= p->len || p->s[p->pos] != word[i])
      return fail(p, RAZOR_JSON_SYNTAX, msg);
  t->end = p->pos;
  return 0;
}

/* An object's member name and its ':', the parser then at the value. */
static int parse_name(struct parser *p) {
  if (p->pos >= p->len || p->s[p->pos] != '"')
    return fail(p, RAZOR_JSON_SYNTAX, "expected a member name");
  if (parse_string(p))
    return -1;
  skip_ws(p);
  if (p->pos >= p->len || p->s[p->pos] != ':')
    return fail(p, RAZOR_JSON_SYNTAX, "expected ':'");
  p->pos++;
  skip_ws(p);
  return 0;
}

size_t razor_json_parse(const char *text, size_t len,
                        struct razor_json_tok *toks, size_t max_toks,
                        struct razor_json_err *err) {
  struct razor_json_err scratch;
  struct parser p = {text, text ? len : 0, 0, toks, toks ? max_toks : 0, 0,
                     err ? err : &scratch};
  size_t stack[RAZOR_JSON_MAX_DEPTH]; /* the open containers' tokens */
  size_t depth = 0;
  p.err->code = RAZOR_JSON_OK;
  p.err->offset = 0;
  p.err->msg = NULL;
  skip_ws(&p);
  for (;;) {
    /* At a value. */
    if (p.pos >= p.len) {
      fail(&p, RAZOR_JSON_END, depth ? "the text ends inside the value"
                                     : "no value");
      return 0;
    }
    char c = text[p.pos];
    int rc = 0, opened = 0;
    if (c == '{' || c == '[') {
      if (depth == RAZOR_JSON_MAX_DEPTH) {
        fail(&p, RAZOR_JSON_DEPTH, "nested too deeply");
        return 0;
      }
      struct razor_json_tok *t =
          new_tok(&p, c == '{' ? RAZOR_JSON_OBJECT : RAZOR_JSON_ARRAY);
      if (!t)
        return 0;
      stack[depth++] = p.n - 1;
      p.pos++;
      skip_ws(&p);
      if (p.pos < p.len && text[p.pos] == (c == '{' ? '}' : ']')) {
        p.pos++;
        t->end = p.pos;
        t->next = p.n;
        depth--;
      } else {
        opened = 1;
        if (c == '{')
          rc = parse_name(&p);
      }
    } else if (c == '"') {
      rc = parse_string(&p);
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      rc = parse_number(&p);
    } else if (c == 't') {
      rc = parse_word(&p, "true", RAZOR_JSON_TRUE, "expected true");
    } else if (c == 'f') {
      rc = parse_word(&p, "false", RAZOR_JSON_FALSE, "expected false");
    } else if (c == 'n') {
      rc = parse_word(&p, "null", RAZOR_JSON_NULL, "expected null");
    } else {
      fail(&p, RAZOR_JSON_SYNTAX, "expected a value");
      return 0;
    }
    if (rc)
      return 0;
    if (opened)
      continue; /* at the container's first value */
    /* After a value: close containers, or go on to the next value. */
    for (;;) {
      skip_ws(&p);
      if (depth == 0) {
        if (p.pos < p.len) {
          fail(&p, RAZOR_JSON_SYNTAX, "text after the value");
          return 0;
        }
        return p.n;
      }
      struct razor_json_tok *parent = &toks[stack[depth - 1]];
      int is_obj = parent->type == RAZOR_JSON_OBJECT;
      parent->count++;
      if (p.pos >= p.len) {
        fail(&p, RAZOR_JSON_END, "the text ends inside the value");
        return 0;
      }
      c = text[p.pos];
      if (c == ',') {
        p.pos++;
        skip_ws(&p);
        if (is_obj && parse_name(&p))
          return 0;
        break; /* at the next value */
      }
      if (c != (is_obj ? '}' : ']')) {
        fail(&p, RAZOR_JSON_SYNTAX,
             is_obj ? "expected ',' or '}'" : "expected ',' or ']'");
        return 0;
      }
      p.pos++;
      parent->end = p.pos;
      parent->next = p.n;
      depth--;
    }
  }
}

size_t razor_json_member(const char *text, const struct razor_json_tok *toks,
                         size_t obj, const char *key) {
  size_t found = (size_t)-1;
  if (toks[obj].type != RAZOR_JSON_OBJECT)
    return found;
  size_t i = obj + 1;
  for (size_t k = 0; k < toks[obj].count; k++) {
    if (razor_json_string_eq(text, &toks[i], key))
      found = i + 1;
    i = toks[i + 1].next;
  }
  return found;
}

int razor_json_int64(const char *text, const struct razor_json_tok *t,
                     int64_t *out) {
  if (t->type != RAZOR_JSON_NUMBER)
    return -1;
  size_t i = t->start;
  int neg = text[i] == '-';
  i += (size_t)neg;
  uint64_t v = 0, limit = neg ? (uint64_t)INT64_MAX + 1 : INT64_MAX;
  for (; i < t->end; i++) {
    char c = text[i];
    if (c < '0' || c > '9')
      return -1; /* a fraction or an exponent */
    unsigned d = (unsigned)(c - '0');
    if (v > (limit - d) / 10)
      return -1;
    v = v * 10 + d;
  }
  *out = neg ? (v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v)
             : (int64_t)v;
  return 0;
}

/* Decodes string token t, feeding each byte to emit(ctx, byte). */
static void decode(const char *text, const struct razor_json_tok *t,
                   void (*emit)(void *, unsigned char), void *ctx) {
  size_t i = t->start + 1, end = t->end - 1;
  while (i < end) {
    unsigned char c = (unsigned char)text[i++];
    if (c != '\\') {
      emit(ctx, c);
      continue;
    }
    c = (unsigned char)text[i++];
    switch (c) {
    case 'b': emit(ctx, '\b'); continue;
    case 'f': emit(ctx, '\f'); continue;
    case 'n': emit(ctx, '\n'); continue;
    case 'r': emit(ctx, '\r'); continue;
    case 't': emit(ctx, '\t'); continue;
    case 'u': break;
    default: emit(ctx, c); continue; /* " \ / */
    }
    unsigned long u = 0;
    for (int k = 0; k < 4; k++)
      u = u * 16 + (unsigned)hex(text[i++]);
    if (u >= 0xd800 && u <= 0xdbff && i + 6 <= end && text[i] == '\\' &&
        text[i + 1] == 'u') {
      unsigned long lo = 0;
      for (int k = 2; k < 6; k++)
        lo = lo * 16 + (unsigned)hex(text[i + k]);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
        i += 6;
      }
    }
    if (u >= 0xd800 && u <= 0xdfff)
      u = 0xfffd; /* a lone surrogate */
    if (u < 0x80) {
      emit(ctx, (unsigned char)u);
    } else if (u < 0x800) {
      emit(ctx, (unsigned char)(0xc0 | (u >> 6)));
      emit(ctx, (unsigned char)(0x80 | (u & 0x3f)));
    } else if (u < 0x10000) {
      emit(ctx, (unsigned char)(0xe0 | (u >> 12)));
      emit(ctx, (unsigned char)(0x80 | ((u >> 6) & 0x3f)));
      emit(ctx, (unsigned char)(0x80 | (u & 0x3f)));
    } else {
      emit(ctx, (unsigned char)(0xf0 | (u >> 18)));
      emit(ctx, (unsigned char)(0x80 | ((u >> 12) & 0x3f)));
      emit(ctx, (unsigned char)(0x80 | ((u >> 6) & 0x3f)));
      emit(ctx, (unsigned char)(0x80 | (u & 0x3f)));
    }
  }
}

struct to_buf {
  char *buf;
  size_t size, len;
};

static void put_buf(void *ctx, unsigned char c) {
  struct to_buf *b = ctx;
  if (b->len + 1 < b->size)
    b->buf[b->len] = (char)c;
  b->len++;
}

long razor_json_string(const char *text, const struct razor_json_tok *t,
                       char *buf, size_t size) {
  if (t->type != RAZOR_JSON_STRING)
    return -1;
  struct to_buf b = {buf, size, 0};
  decode(text, t, put_buf, &b);
  if (size)
    buf[b.len < size ? b.len : size - 1] = 0;
  return (long)b.len;
}

struct cmp {
  const char *s;
  int differs;
};

static void put_cmp(void *ctx, unsigned char c) {
  struct cmp *m = ctx;
  if (m->differs || (unsigned char)*m->s != c || !*m->s)
    m->differs = 1;
  else
    m->s++;
}

int razor_json_string_eq(const char *text, const struct razor_json_tok *t,
                         const char *s) {
  if (t->type != RAZOR_JSON_STRING)
    return 0;
  struct cmp m = {s, 0};
  decode(text, t, put_cmp, &m);
  return !m.differs && !*m.s;
}
