/* report_fuzzer.c - libFuzzer target for razor-report's report reader
 * (tools/razor_model.c on tools/razor_json.c), its merge, and the
 * renderers both it and the runtime use (runtime/razor_render.c).  Each
 * input is one JSON line; when it parses and reads as a report:
 *   - every renderer (text, JSON, HTML, SARIF) writes it without a fault;
 *   - the JSON written reads back as a report, and writing that again gives
 *     the same bytes (what razor-report writes, it reads);
 *   - merged with itself it reads back too.
 * Built and run briefly by test/report/fuzz-report.c.
 *
 * A longer run, from the source tree:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -D_GNU_SOURCE -Itools \
 *     -Iruntime test/fuzz/report_fuzzer.c tools/razor_model.c \
 *     tools/razor_json.c runtime/razor_render.c -o /tmp/report_fuzzer
 *   mkdir -p /tmp/report && /tmp/report_fuzzer -max_total_time=600 \
 *     /tmp/report test/fuzz/corpus/report
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "razor_json.h"
#include "razor_model.h"
#include "razor_render.h"

static void check(int ok) {
  if (!ok)
    abort();
}

/* Parses TEXT as a report into *M; 0 when it is one. */
static int read_report(const char *text, size_t len, struct razor_model *m) {
  size_t max = RAZOR_JSON_MAX_TOKENS(len);
  struct razor_json_tok *toks = malloc(max * sizeof *toks);
  check(toks != NULL);
  char err[256];
  int ok = razor_json_parse(text, len, toks, max, NULL) &&
           toks[0].type == RAZOR_JSON_OBJECT &&
           razor_json_member(text, toks, 0, "razortrace") != (size_t)-1 &&
           !razor_model_read(m, text, toks, err, sizeof err);
  if (!ok)
    check(strlen(err) < sizeof err);
  free(toks);
  return ok ? 0 : -1;
}

/* The JSON of report R, malloc'd, its length in *LEN. */
static char *json_of(const struct razor_rep *r, size_t *len) {
  char *buf = NULL;
  FILE *o = open_memstream(&buf, len);
  check(o != NULL);
  razor_render_json(o, r);
  check(fclose(o) == 0);
  return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  struct razor_model m;
  if (read_report((const char *)data, size, &m))
    return 0;
  FILE *null = fopen("/dev/null", "w");
  check(null != NULL);
  struct razor_render_opts ro = {"/src", "fuzz"};
  razor_render_text(null, &m.rep);
  razor_render_html(null, &m.rep, 1, &ro);
  razor_render_sarif(null, &m.rep, 1, &ro);
  fclose(null);

  /* Written, read back, written again: the same bytes. */
  size_t len1, len2;
  char *first = json_of(&m.rep, &len1);
  struct razor_model back;
  check(len1 > 0 && first[len1 - 1] == '\n');
  check(read_report(first, len1 - 1, &back) == 0);
  char *second = json_of(&back.rep, &len2);
  check(len1 == len2 && !memcmp(first, second, len1));

  /* Merged with itself: a report again. */
  struct razor_model two[2] = {m, back}, merged;
  check(razor_model_merge(&merged, two, 2) == 0);
  size_t len3;
  char *third = json_of(&merged.rep, &len3);
  struct razor_model again;
  check(read_report(third, len3 - 1, &again) == 0);
  razor_model_free(&again);
  razor_model_free(&merged);
  free(first);
  free(second);
  free(third);
  razor_model_free(&back);
  razor_model_free(&m);
  return 0;
}
