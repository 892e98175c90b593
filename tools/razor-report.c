/* razor-report.c - the razor-report command (SPEC section 8): reads
 * razortrace JSON Lines.  One function per subcommand behind one table;
 * `verdict` runs the runtime's own verdict (runtime/razor_verdict.c,
 * compiled in) on series given as JSON Lines.  It is a plain program: it is
 * never linked with the tracing runtime, so its malloc is libc's. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "razor_json.h"
#include "razor_verdict.h"

#ifndef RAZOR_VERSION
#define RAZOR_VERSION "unknown"
#endif

/* The newest report format this razor-report reads ("razortrace": N). */
#define RAZOR_FORMAT 1

static const char *prog = "razor-report";

/* ---- the commands ---- */

struct command {
  const char *name, *args, *summary;
  int (*run)(int argc, char **argv); /* NULL: not implemented yet */
};

static int cmd_verdict(int argc, char **argv);

static const struct command commands[] = {
    {"verdict", "[--nostrict] [--min-calls N] [--warmup N] [--min-growth SIZE] "
                "[--details] FILE...",
     "judge series of samples ({\"id\", \"samples\"} lines) as the runtime does",
     cmd_verdict},
    {"merge", "FILE...", "one report from many processes' reports", NULL},
    {"diff", "BASE NEW", "findings in NEW that BASE lacks or that grow faster",
     NULL},
    {"text", "FILE...", "render reports as text", NULL},
    {"html", "FILE...", "render reports as one self-contained HTML file", NULL},
    {"sarif", "FILE...", "render reports as SARIF 2.1.0", NULL},
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *out) {
  fprintf(out, "usage: %s COMMAND [OPTIONS] FILE...\n\n"
               "Reads razortrace JSON Lines (RAZOR_OPTIONS=format=json).\n\n"
               "commands:\n", prog);
  for (size_t i = 0; i < NCOMMANDS; i++)
    fprintf(out, "  %-8s %s%s\n", commands[i].name, commands[i].summary,
            commands[i].run ? "" : " (not implemented yet)");
  fprintf(out, "\n`%s COMMAND --help` describes one command.\n", prog);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    usage(stderr);
    return 2;
  }
  const char *name = argv[1];
  if (!strcmp(name, "--help") || !strcmp(name, "-h") || !strcmp(name, "help")) {
    usage(stdout);
    return 0;
  }
  if (!strcmp(name, "--version")) {
    printf("razor-report (razortrace) %s\n", RAZOR_VERSION);
    return 0;
  }
  for (size_t i = 0; i < NCOMMANDS; i++) {
    if (strcmp(name, commands[i].name))
      continue;
    if (!commands[i].run) {
      fprintf(stderr, "%s: %s: not implemented yet\n", prog, name);
      return 2;
    }
    return commands[i].run(argc - 1, argv + 1);
  }
  fprintf(stderr, "%s: unknown command '%s'\nTry '%s --help'.\n", prog, name,
          prog);
  return 2;
}

/* ---- option values ---- */

/* A decimal count in [lo, hi]. */
static int parse_count(const char *s, uint64_t lo, uint64_t hi,
                       uint64_t *out) {
  uint64_t v = 0;
  if (!*s)
    return -1;
  for (; *s; s++) {
    if (*s < '0' || *s > '9' || v > (UINT64_MAX - (uint64_t)(*s - '0')) / 10)
      return -1;
    v = v * 10 + (uint64_t)(*s - '0');
  }
  if (v < lo || v > hi)
    return -1;
  *out = v;
  return 0;
}

/* A size: a count of bytes, or with B, KiB, MiB, GiB (K, M, G too). */
static int parse_size(const char *s, uint64_t *out) {
  static const struct { const char *suffix; unsigned shift; } units[] = {
      {"", 0},    {"B", 0},    {"K", 10},   {"KiB", 10},
      {"M", 20},  {"MiB", 20}, {"G", 30},   {"GiB", 30}};
  size_t digits = strspn(s, "0123456789");
  char num[32];
  if (digits == 0 || digits >= sizeof num)
    return -1;
  memcpy(num, s, digits);
  num[digits] = 0;
  for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
    uint64_t v;
    if (strcmp(s + digits, units[i].suffix) ||
        parse_count(num, 0, UINT64_MAX >> units[i].shift, &v))
      continue;
    *out = v << units[i].shift;
    return 0;
  }
  return -1;
}

/* ---- verdict ---- */

struct verdict_run {
  struct razor_verdict_opts opts;
  int details;
  int bad; /* some input was bad */
  struct razor_json_tok *toks;
  size_t ntoks;
  int64_t *samples;
  size_t nsamples;
  size_t *work;
  size_t nwork;
};

static void verdict_usage(FILE *out) {
  fprintf(out,
          "usage: %s verdict [--nostrict] [--min-calls N] [--warmup N] "
          "[--min-growth SIZE] [--details] FILE...\n\n"
          "Reads JSON Lines objects {\"id\": ..., \"samples\": [integers]} "
          "(\"id\" optional, a\nstring or a number; - reads stdin) and "
          "writes, for each, one line\n"
          "  {\"id\": ..., \"strict\": V, \"nostrict\": V, \"finding\": V}\n"
          "with V true (still growing), false (not) or null (too few calls): "
          "the\nruntime's verdict in both modes; \"finding\" is the one the "
          "options select\n(strict unless --nostrict).  Bad lines get a "
          "message on stderr and are\nskipped; the exit status is then 1.\n\n"
          "  --nostrict        \"finding\" is the nostrict verdict\n"
          "  --min-calls N     fewest samples judged (default 8)\n"
          "  --warmup N        leave out the first N samples of each series\n"
          "  --min-growth SIZE least growth of kept memory, middle to end "
          "(bytes,\n                    or with KiB, MiB, GiB)\n"
          "  --details         add the verdict's numbers (\"details\": {...})\n",
          prog);
}

static const char *verdict_word(enum razor_verdict v) {
  return v == RAZOR_VERDICT_GROWING ? "true"
         : v == RAZOR_VERDICT_CLEAN ? "false"
                                    : "null";
}

/* One line on stderr about a bad input line: "razor-report: FILE:LINE:
 * what (column C)"; COLUMN 0 leaves the column out. */
static void bad_line(struct verdict_run *r, const char *file,
                     unsigned long line, size_t column, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static void bad_line(struct verdict_run *r, const char *file,
                     unsigned long line, size_t column, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "%s: %s:%lu: ", prog, file, line);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  if (column)
    fprintf(stderr, " (column %zu)", column);
  fputc('\n', stderr);
  r->bad = 1;
}

static int grow(void **p, size_t *cap, size_t need, size_t elem) {
  if (need <= *cap)
    return 0;
  size_t n = *cap ? *cap : 256;
  while (n < need)
    n = n > SIZE_MAX / 2 / elem ? need : n * 2;
  void *q = realloc(*p, n * elem);
  if (!q)
    return -1;
  *p = q;
  *cap = n;
  return 0;
}

static void print_double(double d) {
  if (isinf(d))
    printf("\"%s\"", d > 0 ? "inf" : "-inf");
  else
    printf("%.4g", d);
}

/* Judges one line; complains about it and returns when it is bad. */
static void verdict_line(struct verdict_run *r, const char *file,
                         unsigned long lineno, const char *text, size_t len,
                         int last_unterminated) {
  size_t max = RAZOR_JSON_MAX_TOKENS(len), want = max < 4096 ? max : 4096;
  struct razor_json_err err;
  size_t used;
  for (;;) {
    if (grow((void **)&r->toks, &r->ntoks, want, sizeof *r->toks)) {
      bad_line(r, file, lineno, 0, "out of memory");
      return;
    }
    used = razor_json_parse(text, len, r->toks, r->ntoks, &err);
    if (used || err.code != RAZOR_JSON_TOKENS || r->ntoks >= max)
      break;
    want = r->ntoks * 2 < max ? r->ntoks * 2 : max;
  }
  if (!used) {
    if (err.code == RAZOR_JSON_END && last_unterminated)
      bad_line(r, file, lineno, 0,
               "truncated: the file ends inside this line's JSON");
    else if (err.code == RAZOR_JSON_END)
      bad_line(r, file, lineno, 0, "truncated JSON: %s", err.msg);
    else
      bad_line(r, file, lineno, err.offset + 1, "not JSON: %s", err.msg);
    return;
  }
  const struct razor_json_tok *t = r->toks;
  if (t[0].type != RAZOR_JSON_OBJECT) {
    bad_line(r, file, lineno, 0, "not a JSON object");
    return;
  }
  size_t ver = razor_json_member(text, t, 0, "razortrace");
  if (ver != (size_t)-1) {
    int64_t v;
    if (razor_json_int64(text, &t[ver], &v) || v < 1) {
      bad_line(r, file, lineno, 0, "\"razortrace\" is not a format version "
                                      "(a positive integer)");
      return;
    }
    if (v > RAZOR_FORMAT) {
      bad_line(r, file, lineno, 0,
               "written in razortrace format %lld; this razor-report reads "
               "format %d", (long long)v, RAZOR_FORMAT);
      return;
    }
  }
  size_t id = razor_json_member(text, t, 0, "id");
  if (id != (size_t)-1 && t[id].type != RAZOR_JSON_STRING &&
      t[id].type != RAZOR_JSON_NUMBER) {
    bad_line(r, file, lineno, 0, "\"id\" is neither a string nor a number");
    return;
  }
  size_t arr = razor_json_member(text, t, 0, "samples");
  if (arr == (size_t)-1) {
    bad_line(r, file, lineno, 0, "no \"samples\"");
    return;
  }
  if (t[arr].type != RAZOR_JSON_ARRAY) {
    bad_line(r, file, lineno, 0, "\"samples\" is not an array");
    return;
  }
  size_t n = t[arr].count;
  if (grow((void **)&r->samples, &r->nsamples, n, sizeof *r->samples)) {
    bad_line(r, file, lineno, 0, "out of memory");
    return;
  }
  for (size_t i = arr + 1, k = 0; k < n; k++, i = t[i].next) {
    if (razor_json_int64(text, &t[i], &r->samples[k])) {
      bad_line(r, file, lineno, t[i].start + 1,
               "\"samples\"[%zu] is not an integer in the 64-bit range", k);
      return;
    }
  }
  size_t need = RAZOR_VERDICT_WORK(n);
  if (n > RAZOR_VERDICT_SMALL &&
      grow((void **)&r->work, &r->nwork, need, sizeof *r->work)) {
    bad_line(r, file, lineno, 0, "out of memory");
    return;
  }
  struct razor_verdict_info info;
  enum razor_verdict v =
      razor_verdict(r->samples, n, &r->opts, &info, r->work, r->nwork);
  if (v == RAZOR_VERDICT_NO_WORK) { /* cannot happen: work was sized */
    bad_line(r, file, lineno, 0, "internal error: no work space");
    return;
  }
  fputs("{\"id\": ", stdout);
  if (id == (size_t)-1)
    fputs("null", stdout);
  else
    fwrite(text + t[id].start, 1, t[id].end - t[id].start, stdout);
  printf(", \"strict\": %s, \"nostrict\": %s, \"finding\": %s",
         verdict_word(info.strict), verdict_word(info.nostrict),
         verdict_word(v));
  if (r->details) {
    printf(", \"details\": {\"calls\": %zu", info.calls);
    if (v != RAZOR_VERDICT_TOO_FEW) {
      printf(", \"middle_call\": %zu, \"kept_middle\": %lld, "
             "\"end_samples\": %zu, \"kept_end\": %lld, \"growth\": %llu, "
             "\"keep_calls\": %zu, \"temp_calls\": %zu, \"gave_back_call\": "
             "%zu, \"gave_back_max\": %llu, \"trend\": ",
             info.middle_call, (long long)info.kept_middle, info.end_samples,
             (long long)info.kept_end, (unsigned long long)info.growth,
             info.keep_calls, info.temp_calls, info.gave_back_call,
             (unsigned long long)info.gave_back_max);
      print_double(info.trend);
    }
    fputc('}', stdout);
  }
  fputs("}\n", stdout);
}

static void verdict_file(struct verdict_run *r, const char *path) {
  int is_stdin = !strcmp(path, "-");
  const char *name = is_stdin ? "<stdin>" : path;
  FILE *f = is_stdin ? stdin : fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
    r->bad = 1;
    return;
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  unsigned long lineno = 0;
  while ((got = getline(&line, &cap, f)) >= 0) {
    size_t len = (size_t)got;
    int terminated = len && line[len - 1] == '\n';
    lineno++;
    if (terminated)
      len--;
    if (len && line[len - 1] == '\r')
      len--;
    if (strspn(line, " \t") >= len && !memchr(line, 0, len))
      continue; /* a blank line */
    verdict_line(r, name, lineno, line, len, !terminated);
  }
  if (ferror(f)) {
    fprintf(stderr, "%s: %s: %s\n", prog, name, strerror(errno));
    r->bad = 1;
  }
  free(line);
  if (!is_stdin)
    fclose(f);
}

static int cmd_verdict(int argc, char **argv) {
  struct verdict_run r = {{0, 0, 0, 8}, 0, 0, NULL, 0, NULL, 0, NULL, 0};
  int nfiles = 0, opts_done = 0;
  char **files = calloc((size_t)argc + 1, sizeof *files);
  if (!files) {
    fprintf(stderr, "%s: out of memory\n", prog);
    return 2;
  }
  for (int i = 1; i < argc; i++) {
    char *a = argv[i];
    if (opts_done || a[0] != '-' || !strcmp(a, "-")) {
      files[nfiles++] = a;
      continue;
    }
    if (!strcmp(a, "--")) {
      opts_done = 1;
      continue;
    }
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      verdict_usage(stdout);
      free(files);
      return 0;
    }
    if (!strcmp(a, "--nostrict")) {
      r.opts.nostrict = 1;
      continue;
    }
    if (!strcmp(a, "--details")) {
      r.details = 1;
      continue;
    }
    static const char *const valued[] = {"--min-calls", "--warmup",
                                         "--min-growth"};
    const char *value = NULL;
    size_t which = 0;
    for (; which < 3; which++) {
      size_t n = strlen(valued[which]);
      if (!strncmp(a, valued[which], n) && (a[n] == '=' || !a[n])) {
        value = a[n] == '=' ? a + n + 1 : (i + 1 < argc ? argv[++i] : NULL);
        break;
      }
    }
    uint64_t v = 0;
    int ok = value != NULL;
    if (which == 0)
      ok = ok && !parse_count(value, 1, UINT32_MAX, &v);
    else if (which == 1)
      ok = ok && !parse_count(value, 0, UINT32_MAX, &v);
    else if (which == 2)
      ok = ok && !parse_size(value, &v);
    if (which == 3) {
      fprintf(stderr, "%s: verdict: unknown option '%s'\n", prog, a);
    } else if (!ok) {
      fprintf(stderr, "%s: verdict: %s needs %s\n", prog, valued[which],
              which == 2 ? "a size (bytes, or with KiB, MiB, GiB)"
              : which == 0 ? "a count of at least 1"
                           : "a count");
    }
    if (which == 3 || !ok) {
      fprintf(stderr, "Try '%s verdict --help'.\n", prog);
      free(files);
      return 2;
    }
    if (which == 0)
      r.opts.min_calls = (uint32_t)v;
    else if (which == 1)
      r.opts.warmup = (uint32_t)v;
    else
      r.opts.min_growth = v;
  }
  if (nfiles == 0) {
    fprintf(stderr, "%s: verdict: no FILE (- reads stdin)\nTry '%s verdict "
                    "--help'.\n", prog, prog);
    free(files);
    return 2;
  }
  for (int i = 0; i < nfiles; i++)
    verdict_file(&r, files[i]);
  free(files);
  free(r.toks);
  free(r.samples);
  free(r.work);
  if (fflush(stdout) || ferror(stdout)) {
    fprintf(stderr, "%s: writing the output: %s\n", prog, strerror(errno));
    return 2;
  }
  return r.bad;
}
