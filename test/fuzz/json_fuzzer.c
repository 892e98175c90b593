/* json_fuzzer.c - libFuzzer target for the JSON reader of razor-report
 * (tools/razor_json.c) and the verdict it feeds (runtime/razor_verdict.c),
 * both compiled in.  Each input is one JSON text; when it parses, the
 * tokens must describe it consistently (spans inside the input and nested
 * in their containers, counts matching the walk, exactly the returned
 * number of tokens needed, at most size / 2 + 1; never short of tokens
 * with RAZOR_JSON_MAX_TOKENS), the
 * accessors must stay inside their buffers, and an array of integers is
 * judged as a series: the verdict's numbers must agree with each other.
 * Built and run briefly by test/verdict/fuzz-json.c.
 *
 * A longer run, from the source tree:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Itools -Iruntime \
 *     test/fuzz/json_fuzzer.c tools/razor_json.c runtime/razor_verdict.c \
 *     -o /tmp/json_fuzzer
 *   mkdir -p /tmp/json && /tmp/json_fuzzer -max_total_time=600 /tmp/json \
 *     test/fuzz/corpus/json
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "razor_json.h"
#include "razor_verdict.h"

static void check(int ok) {
  if (!ok)
    abort();
}

/* Walks the value at toks[i] (inside [lo, hi) of the text); returns the
 * index after it, which must be its `next`. */
static size_t walk(const char *text, const struct razor_json_tok *toks,
                   size_t n, size_t i, size_t lo, size_t hi) {
  check(i < n);
  const struct razor_json_tok *t = &toks[i];
  check(t->start >= lo && t->start < t->end && t->end <= hi);
  size_t j = i + 1;
  if (t->type == RAZOR_JSON_ARRAY || t->type == RAZOR_JSON_OBJECT) {
    check(text[t->start] == (t->type == RAZOR_JSON_ARRAY ? '[' : '{'));
    check(text[t->end - 1] == (t->type == RAZOR_JSON_ARRAY ? ']' : '}'));
    size_t prev_end = t->start + 1;
    for (size_t k = 0; k < t->count; k++) {
      if (t->type == RAZOR_JSON_OBJECT) {
        check(j < n && toks[j].type == RAZOR_JSON_STRING);
        check(toks[j].start >= prev_end);
        j = walk(text, toks, n, j, t->start + 1, t->end - 1);
      }
      check(toks[j].start >= prev_end);
      prev_end = toks[j].end;
      j = walk(text, toks, n, j, t->start + 1, t->end - 1);
    }
  } else {
    check(t->count == 0);
    if (t->type == RAZOR_JSON_STRING) {
      char small[4], big[64];
      long len = razor_json_string(text, t, small, sizeof small);
      check(len >= 0 && small[len < 4 ? len : 3] == 0);
      check(razor_json_string(text, t, big, sizeof big) == len);
      check(len <= (long)(t->end - t->start - 2)); /* decoding shrinks */
      if (len < (long)sizeof big && !memchr(big, 0, (size_t)len))
        check(razor_json_string_eq(text, t, big));
      check(!razor_json_string_eq(text, t, "\x01never"));
    } else if (t->type == RAZOR_JSON_NUMBER) {
      int64_t v;
      (void)razor_json_int64(text, t, &v);
    } else {
      check(razor_json_int64(text, t, &(int64_t){0}) == -1);
    }
  }
  check(t->next == j);
  return j;
}

/* An array of integers, judged as a series of samples. */
static void judge(const char *text, const struct razor_json_tok *toks) {
  size_t n = toks[0].count;
  if (n > 4096)
    return;
  int64_t s[4096];
  size_t work[RAZOR_VERDICT_WORK(4096)];
  for (size_t i = 1, k = 0; k < n; k++, i = toks[i].next)
    if (razor_json_int64(text, &toks[i], &s[k]))
      return;
  for (unsigned mode = 0; mode < 4; mode++) {
    struct razor_verdict_opts o = {(int)(mode & 1), mode & 2 ? 3 : 0,
                                   mode & 2 ? 5 : 0, mode & 2 ? 1 : 0};
    struct razor_verdict_info info;
    enum razor_verdict v = razor_verdict(s, n, &o, &info, work,
                                   sizeof work / sizeof work[0]);
    check(v == (o.nostrict ? info.nostrict : info.strict));
    check(v != RAZOR_VERDICT_NO_WORK);
    if (v == RAZOR_VERDICT_TOO_FEW)
      continue;
    check(info.kept_end >= info.kept_middle);
    check(info.growing == (info.growth > 0 && info.growth >= o.min_growth));
    check(info.end_samples >= 1 && info.end_samples <= info.calls);
    check(info.temp_calls < info.keep_calls);
    check(!info.gave_back == !info.gave_back_call);
    /* strict findings are nostrict findings; both need growth. */
    check(info.strict != RAZOR_VERDICT_GROWING ||
          info.nostrict == RAZOR_VERDICT_GROWING);
    check(info.nostrict != RAZOR_VERDICT_GROWING || info.growing);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *text = (const char *)data;
  size_t max = RAZOR_JSON_MAX_TOKENS(size);
  struct razor_json_tok *toks = malloc(max * sizeof *toks);
  if (!toks)
    return 0;
  struct razor_json_err err;
  size_t n = razor_json_parse(text, size, toks, max, &err);
  if (n == 0) {
    check(err.code != RAZOR_JSON_OK && err.code != RAZOR_JSON_TOKENS);
    check(err.offset <= size && err.msg != NULL);
  } else {
    check(err.code == RAZOR_JSON_OK && n <= size / 2 + 1);
    check(walk(text, toks, n, 0, 0, size) == n);
    /* Exactly n tokens are needed. */
    check(razor_json_parse(text, size, toks, n, NULL) == n);
    check(razor_json_parse(text, size, toks, n - 1, &err) == 0 &&
          err.code == RAZOR_JSON_TOKENS);
    n = razor_json_parse(text, size, toks, n, NULL);
    if (toks[0].type == RAZOR_JSON_OBJECT)
      (void)razor_json_member(text, toks, 0, "samples");
    if (toks[0].type == RAZOR_JSON_ARRAY)
      judge(text, toks);
  }
  free(toks);
  return 0;
}
