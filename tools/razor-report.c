/* razor-report.c - the razor-report command (SPEC section 8): reads
 * razortrace JSON Lines.  One function per subcommand behind one table.
 * It shares the runtime's code, compiled in: the verdict
 * (runtime/razor_verdict.c) and the renderers (runtime/razor_render.c);
 * reports are read into the same model (tools/razor_model.c).  It is a
 * plain program: never linked with the tracing runtime, so its malloc is
 * libc's. */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "razor_json.h"
#include "razor_model.h"
#include "razor_render.h"
#include "razor_verdict.h"

#ifndef RAZOR_VERSION
#define RAZOR_VERSION "unknown"
#endif

/* The newest report format this razor-report reads ("razortrace": N). */
#define RAZOR_FORMAT RAZOR_MODEL_FORMAT

static const char *prog = "razor-report";

/* ---- the commands ---- */

struct command {
  const char *name, *args, *summary;
  int (*run)(int argc, char **argv);
};

static int cmd_verdict(int argc, char **argv);
static int cmd_merge(int argc, char **argv);
static int cmd_diff(int argc, char **argv);
static int cmd_render(int argc, char **argv);

static const struct command commands[] = {
    {"verdict", "[--nostrict] [--min-calls N] [--warmup N] [--min-growth SIZE] "
                "[--details] FILE...",
     "judge series of samples ({\"id\", \"samples\"} lines) as the runtime does",
     cmd_verdict},
    {"merge", "FILE...", "one report from many processes' reports", cmd_merge},
    {"diff", "[--tolerance PERCENT] [--format F] BASE NEW",
     "findings in NEW that BASE lacks or that grow faster (exit 1)", cmd_diff},
    {"text", "FILE...", "render reports as text", cmd_render},
    {"html", "[--source-root DIR] FILE...",
     "render reports as one self-contained HTML file", cmd_render},
    {"sarif", "[--source-root DIR] FILE...", "render reports as SARIF 2.1.0",
     cmd_render},
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *out) {
  fprintf(out, "usage: %s COMMAND [OPTIONS] FILE...\n\n"
               "Reads razortrace JSON Lines (RAZOR_OPTIONS=format=json); - "
               "reads stdin.\n\ncommands:\n", prog);
  for (size_t i = 0; i < NCOMMANDS; i++)
    fprintf(out, "  %-8s %s\n", commands[i].name, commands[i].summary);
  fprintf(out, "\n`%s COMMAND --help` describes one command; `man "
               "razor-report` all of them.\n", prog);
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
  for (size_t i = 0; i < NCOMMANDS; i++)
    if (!strcmp(name, commands[i].name))
      return commands[i].run(argc - 1, argv + 1);
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

/* ---- reading JSON Lines ---- */

/* Set when some input was bad (a line, a file): the exit status says so. */
static int bad_input;

/* One line on stderr about a bad input line: "razor-report: FILE:LINE:
 * what (column C)"; COLUMN 0 leaves the column out. */
static void bad_line(const char *file, unsigned long line, size_t column,
                     const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void bad_line(const char *file, unsigned long line, size_t column,
                     const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "%s: %s:%lu: ", prog, file, line);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  if (column)
    fprintf(stderr, " (column %zu)", column);
  fputc('\n', stderr);
  bad_input = 1;
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

/* A JSON object line, parsed and checked: what each command reads. */
struct jline {
  const char *file; /* as named in messages */
  unsigned long lineno;
  const char *text;
  size_t len;
  const struct razor_json_tok *toks;
};
typedef void (*jline_fn)(void *ctx, const struct jline *l);

static struct razor_json_tok *toks;
static size_t ntoks;

/* Parses one line; says what is wrong and returns -1 when it is not a JSON
 * object or is of a newer format than this razor-report reads. */
static int parse_line(const char *file, unsigned long lineno,
                      const char *text, size_t len, int last_unterminated) {
  size_t max = RAZOR_JSON_MAX_TOKENS(len), want = max < 4096 ? max : 4096;
  struct razor_json_err err;
  size_t used;
  for (;;) {
    if (grow((void **)&toks, &ntoks, want, sizeof *toks)) {
      bad_line(file, lineno, 0, "out of memory");
      return -1;
    }
    used = razor_json_parse(text, len, toks, ntoks, &err);
    if (used || err.code != RAZOR_JSON_TOKENS || ntoks >= max)
      break;
    want = ntoks * 2 < max ? ntoks * 2 : max;
  }
  if (!used) {
    if (err.code == RAZOR_JSON_END && last_unterminated)
      bad_line(file, lineno, 0,
               "truncated: the file ends inside this line's JSON");
    else if (err.code == RAZOR_JSON_END)
      bad_line(file, lineno, 0, "truncated JSON: %s", err.msg);
    else
      bad_line(file, lineno, err.offset + 1, "not JSON: %s", err.msg);
    return -1;
  }
  if (toks[0].type != RAZOR_JSON_OBJECT) {
    bad_line(file, lineno, 0, "not a JSON object");
    return -1;
  }
  size_t ver = razor_json_member(text, toks, 0, "razortrace");
  if (ver != (size_t)-1) {
    int64_t v;
    if (razor_json_int64(text, &toks[ver], &v) || v < 1) {
      bad_line(file, lineno, 0, "\"razortrace\" is not a format version "
                                "(a positive integer)");
      return -1;
    }
    if (v > RAZOR_FORMAT) {
      bad_line(file, lineno, 0,
               "written in razortrace format %lld; this razor-report reads "
               "format %d", (long long)v, RAZOR_FORMAT);
      return -1;
    }
  }
  return 0;
}

/* Calls FN with each JSON object line of PATH (- : stdin); blank lines are
 * passed over, bad ones said.  Returns -1 when PATH cannot be read. */
static int read_jsonl(const char *path, jline_fn fn, void *ctx) {
  int is_stdin = !strcmp(path, "-");
  const char *name = is_stdin ? "<stdin>" : path;
  FILE *f = is_stdin ? stdin : fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
    bad_input = 1;
    return -1;
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
    if (parse_line(name, lineno, line, len, !terminated))
      continue;
    struct jline l = {name, lineno, line, len, toks};
    fn(ctx, &l);
  }
  int failed = ferror(f);
  if (failed) {
    fprintf(stderr, "%s: %s: %s\n", prog, name, strerror(errno));
    bad_input = 1;
  }
  free(line);
  if (!is_stdin)
    fclose(f);
  return failed ? -1 : 0;
}

/* ---- reports ---- */

struct reports {
  struct razor_model *m;
  size_t n, cap;
};

static void report_line(void *ctx, const struct jline *l) {
  struct reports *rs = ctx;
  if (razor_json_member(l->text, l->toks, 0, "razortrace") == (size_t)-1) {
    bad_line(l->file, l->lineno, 0,
             "not a razortrace report (no \"razortrace\" key)");
    return;
  }
  char err[256];
  struct razor_model m;
  if (razor_model_read(&m, l->text, l->toks, err, sizeof err)) {
    bad_line(l->file, l->lineno, 0, "%s", err);
    return;
  }
  if (grow((void **)&rs->m, &rs->cap, rs->n + 1, sizeof *rs->m)) {
    razor_model_free(&m);
    bad_line(l->file, l->lineno, 0, "out of memory");
    return;
  }
  rs->m[rs->n++] = m;
}

/* Every report of FILES, in order. */
static void read_reports(struct reports *rs, char **files, int n) {
  for (int i = 0; i < n; i++)
    read_jsonl(files[i], report_line, rs);
}

static void free_reports(struct reports *rs) {
  for (size_t i = 0; i < rs->n; i++)
    razor_model_free(&rs->m[i]);
  free(rs->m);
  memset(rs, 0, sizeof *rs);
}

/* The N reports as one array of struct razor_rep (malloc'd). */
static struct razor_rep *rep_array(const struct razor_model *m, size_t n) {
  struct razor_rep *r = calloc(n ? n : 1, sizeof *r);
  for (size_t i = 0; r && i < n; i++)
    r[i] = m[i].rep;
  return r;
}

static int out_done(void) {
  if (fflush(stdout) || ferror(stdout)) {
    fprintf(stderr, "%s: writing the output: %s\n", prog, strerror(errno));
    return 2;
  }
  return 0;
}

/* Options shared by the commands that read reports. */
struct ropts {
  const char *source_root; /* html, sarif */
  const char *format;      /* diff: text, json, html, sarif */
  double tolerance;        /* diff: percent */
  char **files;
  int nfiles;
  char root[PATH_MAX];
};

/* Parses ARGV of command CMD (argv[0]) into O.  Options each command
 * takes: ALLOWED, a string of "root", "format", "tolerance".  Returns 0, 1
 * for --help (printed), 2 for a usage error (said). */
static int parse_ropts(int argc, char **argv, const char *allowed,
                       void (*help)(FILE *), struct ropts *o) {
  const char *cmd = argv[0];
  int opts_done = 0;
  o->files = calloc((size_t)argc + 1, sizeof *o->files);
  o->tolerance = 10;
  o->format = "text";
  if (!o->files) {
    fprintf(stderr, "%s: out of memory\n", prog);
    return 2;
  }
  for (int i = 1; i < argc; i++) {
    char *a = argv[i];
    if (opts_done || a[0] != '-' || !strcmp(a, "-")) {
      o->files[o->nfiles++] = a;
      continue;
    }
    if (!strcmp(a, "--")) {
      opts_done = 1;
      continue;
    }
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      help(stdout);
      return 1;
    }
    static const char *const valued[] = {"--source-root", "--format",
                                         "--tolerance"};
    static const char *const names[] = {"root", "format", "tolerance"};
    size_t which = 0;
    const char *value = NULL;
    for (; which < 3; which++) {
      size_t n = strlen(valued[which]);
      if (strstr(allowed, names[which]) && !strncmp(a, valued[which], n) &&
          (a[n] == '=' || !a[n])) {
        value = a[n] == '=' ? a + n + 1 : (i + 1 < argc ? argv[++i] : NULL);
        break;
      }
    }
    if (which == 3) {
      fprintf(stderr, "%s: %s: unknown option '%s'\nTry '%s %s --help'.\n",
              prog, cmd, a, prog, cmd);
      return 2;
    }
    int ok = value && *value;
    if (ok && which == 0) {
      o->source_root = realpath(value, o->root) ? o->root : value;
    } else if (ok && which == 1) {
      ok = !strcmp(value, "text") || !strcmp(value, "json") ||
           !strcmp(value, "html") || !strcmp(value, "sarif");
      o->format = value;
    } else if (ok) {
      char *end;
      errno = 0;
      o->tolerance = strtod(value, &end);
      if (*end == '%')
        end++;
      ok = !errno && !*end && end != value && o->tolerance >= 0 &&
           isfinite(o->tolerance);
    }
    if (!ok) {
      fprintf(stderr, "%s: %s: %s needs %s\nTry '%s %s --help'.\n", prog,
              cmd, valued[which],
              which == 0   ? "a directory"
              : which == 1 ? "text, json, html or sarif"
                           : "a percentage (10 or 10%)",
              prog, cmd);
      return 2;
    }
  }
  if (!o->source_root && getcwd(o->root, sizeof o->root))
    o->source_root = o->root;
  return 0;
}

/* parse_ropts, wanting at least one FILE: -1 to go on, else the exit
 * status (0 after --help, 2 for a usage error, said). */
static int start(int argc, char **argv, const char *allowed,
                 void (*help)(FILE *), struct ropts *o) {
  int st = parse_ropts(argc, argv, allowed, help, o);
  if (!st && o->nfiles == 0) {
    fprintf(stderr, "%s: %s: no FILE (- reads stdin)\nTry '%s %s --help'.\n",
            prog, argv[0], prog, argv[0]);
    st = 2;
  }
  if (!st)
    return -1;
  free(o->files);
  return st == 1 ? 0 : 2;
}

/* The exit status once the output is written: 2 when it could not be, 1
 * when some input was bad, else 0. */
static int finish(struct ropts *o) {
  free(o->files);
  int st = out_done();
  return st ? st : bad_input;
}

/* ---- text, html, sarif ---- */

static const char *render_cmd;

static void render_usage(FILE *out) {
  if (!strcmp(render_cmd, "text"))
    fprintf(out, "usage: %s text FILE...\n\nWrites each report of the "
                 "JSON Lines FILEs (- reads stdin) as the runtime's\ntext "
                 "report, in order.\n", prog);
  else
    fprintf(out,
            "usage: %s %s [--source-root DIR] FILE...\n\nWrites the reports "
            "of the JSON Lines FILEs (- reads stdin) as one %s\n"
            "document, the runtime's own renderer (RAZOR_OPTIONS=format=%s). "
            "Merge first\n(razor-report merge) for one report of many "
            "processes.\n\n  --source-root DIR  paths under DIR are written "
            "relative to it (default: the\n                     working "
            "directory)\n",
            prog, render_cmd,
            !strcmp(render_cmd, "html") ? "self-contained HTML" : "SARIF 2.1.0",
            render_cmd);
  fprintf(out, "\nExit status: 0; 1 when some input was bad (said on "
               "stderr, the rest rendered);\n2 for a usage error.\n");
}

static void render_reports(FILE *o, const char *format,
                           const struct razor_rep *r, size_t n,
                           const char *root) {
  struct razor_render_opts ro = {root, RAZOR_VERSION};
  if (!strcmp(format, "html")) {
    razor_render_html(o, r, n, &ro);
  } else if (!strcmp(format, "sarif")) {
    razor_render_sarif(o, r, n, &ro);
  } else {
    for (size_t i = 0; i < n; i++) {
      if (!strcmp(format, "json"))
        razor_render_json(o, &r[i]);
      else
        razor_render_text(o, &r[i]);
    }
  }
}

static int cmd_render(int argc, char **argv) {
  render_cmd = argv[0];
  struct ropts o = {0};
  int st = start(argc, argv, strcmp(argv[0], "text") ? "root" : "",
                 render_usage, &o);
  if (st >= 0)
    return st;
  struct reports rs = {0};
  read_reports(&rs, o.files, o.nfiles);
  struct razor_rep *r = rep_array(rs.m, rs.n);
  if (r)
    render_reports(stdout, argv[0], r, rs.n, o.source_root);
  free(r);
  free_reports(&rs);
  return finish(&o);
}

/* ---- merge ---- */

static void merge_usage(FILE *out) {
  fprintf(out,
          "usage: %s merge FILE...\n\nMerges the reports of the JSON Lines "
          "FILEs (- reads stdin) - forked workers,\na test suite's binaries, "
          "report=call streams - into one report, written as\none JSON "
          "line: probes matched by function and file, sites by\n"
          "file:line:column; each process's samples are kept apart "
          "(\"processes\"), a\nlater report of the same pid and probe "
          "replaces an earlier one, findings\nare unioned.  The result "
          "reads back into every command.\n\nExit status: 0; 1 when some "
          "input was bad (said on stderr, the rest merged)\nor there was "
          "no report at all; 2 for a usage error.\n",
          prog);
}

/* All reports of FILES merged into *OUT; -1 (said) when out of memory. */
static int merge_files(char **files, int n, struct razor_model *out,
                       size_t *nreports) {
  struct reports rs = {0};
  read_reports(&rs, files, n);
  *nreports = rs.n;
  int st = razor_model_merge(out, rs.m, rs.n);
  if (st)
    fprintf(stderr, "%s: out of memory\n", prog);
  free_reports(&rs);
  return st;
}

static int cmd_merge(int argc, char **argv) {
  struct ropts o = {0};
  int st = start(argc, argv, "", merge_usage, &o);
  if (st >= 0)
    return st;
  struct razor_model m;
  size_t n;
  if (merge_files(o.files, o.nfiles, &m, &n)) {
    free(o.files);
    return 2;
  }
  if (n == 0) {
    fprintf(stderr, "%s: merge: no report in the input\n", prog);
    bad_input = 1;
  }
  razor_render_json(stdout, &m.rep);
  razor_model_free(&m);
  return finish(&o);
}

/* ---- diff ---- */

static void diff_usage(FILE *out) {
  fprintf(out,
          "usage: %s diff [--tolerance PERCENT] [--format F] "
          "[--source-root DIR] BASE NEW\n\n"
          "Compares the findings of NEW with those of BASE (JSON Lines "
          "reports; each\nfile's reports are merged first).  A finding of "
          "NEW is new when BASE has\nno finding at the same site (the same "
          "file, function and source text, so\nlines inserted above it do "
          "not matter), and faster when its growth per\ncall (kept bytes, "
          "or open handles, over the probe's calls) exceeds BASE's\nby more "
          "than the tolerance.\n\n"
          "  --tolerance PERCENT  growth per call allowed above BASE's "
          "(default 10)\n"
          "  --format F           text (default): one line per new or "
          "faster finding and\n"
          "                       a summary; json, html, sarif: NEW's "
          "report of those\n"
          "                       findings only\n"
          "  --source-root DIR    html, sarif: paths relative to DIR "
          "(default: the working\n"
          "                       directory)\n\n"
          "Exit status: 0 when nothing is new or faster, 1 when something "
          "is (the CI\ngate), 2 for a usage error or when BASE or NEW holds "
          "no report.  Bad lines\nare said on stderr and passed over.\n",
          prog);
}

/* True when texts A and B are equal but for runs of blanks. */
static int same_text(const char *a, const char *b) {
  for (;;) {
    while (*a == ' ' || *a == '\t')
      a++;
    while (*b == ' ' || *b == '\t')
      b++;
    if (!*a || !*b)
      return !*a && !*b;
    int ba = 0, bb = 0;
    while (*a && *a == *b && *a != ' ' && *a != '\t')
      a++, b++;
    ba = *a == ' ' || *a == '\t' || !*a;
    bb = *b == ' ' || *b == '\t' || !*b;
    if (!(ba && bb))
      return 0;
  }
}

/* Growth per call of site S of probe P. */
static double per_call(const struct razor_rep_probe *p,
                       const struct razor_rep_site *s) {
  return p->calls ? (double)s->total / (double)p->calls : 0.0;
}

/* The finding of BASE that site S (of probe P in NEW) is: same probe
 * (function and file), same file, function, kind and source text; of
 * several, the nearest line.  NULL: none. */
static const struct razor_rep_site *
find_base(const struct razor_rep *base, const struct razor_rep_probe *p,
          const struct razor_rep_site *s,
          const struct razor_rep_probe **bp) {
  const struct razor_rep_site *best = NULL;
  for (size_t i = 0; i < base->nprobes; i++) {
    const struct razor_rep_probe *q = &base->probes[i];
    if (strcmp(q->function, p->function) || strcmp(q->file, p->file))
      continue;
    for (size_t k = 0; k < q->nsites; k++) {
      const struct razor_rep_site *c = &q->sites[k];
      if (!c->finding || strcmp(c->file, s->file) ||
          strcmp(c->function, s->function) || strcmp(c->kind, s->kind) ||
          !same_text(c->source, s->source))
        continue;
      long d = labs((long)c->line - (long)s->line);
      if (!best || d < labs((long)best->line - (long)s->line)) {
        best = c;
        *bp = q;
      }
    }
  }
  return best;
}

static int cmd_diff(int argc, char **argv) {
  struct ropts o = {0};
  int st = parse_ropts(argc, argv, "root format tolerance", diff_usage, &o);
  if (st || o.nfiles != 2) {
    if (!st)
      fprintf(stderr, "%s: diff: needs BASE and NEW\nTry '%s diff "
                      "--help'.\n", prog, prog);
    free(o.files);
    return st == 1 ? 0 : 2;
  }
  struct razor_model base, cur;
  size_t nb, nn;
  if (merge_files(&o.files[0], 1, &base, &nb)) {
    free(o.files);
    return 2;
  }
  if (merge_files(&o.files[1], 1, &cur, &nn)) {
    razor_model_free(&base);
    free(o.files);
    return 2;
  }
  if (!nb || !nn) {
    fprintf(stderr, "%s: diff: no report in %s\n", prog,
            !nb ? o.files[0] : o.files[1]);
    razor_model_free(&base);
    razor_model_free(&cur);
    free(o.files);
    return 2;
  }
  /* NEW's probes, each with its new or faster findings only. */
  const struct razor_rep *b = &base.rep, *n = &cur.rep;
  struct razor_rep_probe *probes = calloc(n->nprobes + 1, sizeof *probes);
  size_t nsites = 0;
  for (size_t i = 0; i < n->nprobes; i++)
    nsites += n->probes[i].nsites;
  struct razor_rep_site *sites = calloc(nsites + 1, sizeof *sites);
  /* BASE's findings that NEW still has. */
  size_t bsites = 0;
  for (size_t i = 0; i < b->nprobes; i++)
    bsites += b->probes[i].nsites;
  const struct razor_rep_site **matched = calloc(bsites + 1, sizeof *matched);
  if (!probes || !sites || !matched) {
    fprintf(stderr, "%s: out of memory\n", prog);
    return 2;
  }
  int text = !strcmp(o.format, "text");
  size_t nnew = 0, nfaster = 0, same = 0, nmatched = 0, used = 0;
  for (size_t i = 0; i < n->nprobes; i++) {
    const struct razor_rep_probe *p = &n->probes[i];
    probes[i] = *p;
    probes[i].sites = sites + used;
    probes[i].nsites = 0;
    for (size_t k = 0; k < p->nsites; k++) {
      const struct razor_rep_site *s = &p->sites[k];
      if (!s->finding)
        continue;
      const struct razor_rep_probe *bp = NULL;
      const struct razor_rep_site *bs = find_base(b, p, s, &bp);
      double now = per_call(p, s), before = bs ? per_call(bp, bs) : 0;
      int faster = bs && now > before * (1 + o.tolerance / 100) + 1e-9;
      if (bs)
        matched[nmatched++] = bs;
      if (bs && !faster) {
        same++;
        continue;
      }
      sites[used++] = *s;
      probes[i].nsites++;
      if (bs)
        nfaster++;
      else
        nnew++;
      if (!text)
        continue;
      printf("%s: %s: %s:%u:%u in %s (probe %s): ", prog,
             bs ? "faster" : "new", s->file, (unsigned)s->line,
             (unsigned)s->column, s->function, p->function);
      const char *unit = s->counted ? "open" : "bytes";
      if (bs)
        printf("%.1f -> %.1f %s per call (+%.0f%%, tolerance %g%%)", before,
               now, unit, before > 0 ? (now / before - 1) * 100 : 100.0,
               o.tolerance);
      else
        printf("%.1f %s per call", now, unit);
      if (s->source[0])
        printf(": %s", s->source);
      putchar('\n');
    }
  }
  size_t gone = 0;
  for (size_t i = 0; i < b->nprobes; i++)
    for (size_t k = 0; k < b->probes[i].nsites; k++) {
      const struct razor_rep_site *s = &b->probes[i].sites[k];
      int found = 0;
      for (size_t m = 0; m < nmatched && !found; m++)
        found = matched[m] == s;
      gone += s->finding && !found;
    }
  if (text) {
    printf("%s: diff: %zu new, %zu growing faster, %zu unchanged, %zu gone "
           "(tolerance %g%%)\n",
           prog, nnew, nfaster, same, gone, o.tolerance);
  } else {
    struct razor_rep r = *n;
    r.probes = probes;
    render_reports(stdout, o.format, &r, 1, o.source_root);
  }
  free(probes);
  free(sites);
  free(matched);
  razor_model_free(&base);
  razor_model_free(&cur);
  free(o.files);
  st = out_done();
  return st ? st : nnew + nfaster > 0;
}

/* ---- verdict ---- */

struct verdict_run {
  struct razor_verdict_opts opts;
  int details;
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

static void print_double(double d) {
  if (isinf(d))
    printf("\"%s\"", d > 0 ? "inf" : "-inf");
  else
    printf("%.4g", d);
}

/* Judges one line; complains about it and returns when it is bad. */
static void verdict_line(void *ctx, const struct jline *l) {
  struct verdict_run *r = ctx;
  const char *file = l->file, *text = l->text;
  unsigned long lineno = l->lineno;
  const struct razor_json_tok *t = l->toks;
  size_t id = razor_json_member(text, t, 0, "id");
  if (id != (size_t)-1 && t[id].type != RAZOR_JSON_STRING &&
      t[id].type != RAZOR_JSON_NUMBER) {
    bad_line(file, lineno, 0, "\"id\" is neither a string nor a number");
    return;
  }
  size_t arr = razor_json_member(text, t, 0, "samples");
  if (arr == (size_t)-1) {
    bad_line(file, lineno, 0, "no \"samples\"");
    return;
  }
  if (t[arr].type != RAZOR_JSON_ARRAY) {
    bad_line(file, lineno, 0, "\"samples\" is not an array");
    return;
  }
  size_t n = t[arr].count;
  if (grow((void **)&r->samples, &r->nsamples, n, sizeof *r->samples)) {
    bad_line(file, lineno, 0, "out of memory");
    return;
  }
  for (size_t i = arr + 1, k = 0; k < n; k++, i = t[i].next) {
    if (razor_json_int64(text, &t[i], &r->samples[k])) {
      bad_line(file, lineno, t[i].start + 1,
               "\"samples\"[%zu] is not an integer in the 64-bit range", k);
      return;
    }
  }
  size_t need = RAZOR_VERDICT_WORK(n);
  if (n > RAZOR_VERDICT_SMALL &&
      grow((void **)&r->work, &r->nwork, need, sizeof *r->work)) {
    bad_line(file, lineno, 0, "out of memory");
    return;
  }
  struct razor_verdict_info info;
  enum razor_verdict v =
      razor_verdict(r->samples, n, &r->opts, &info, r->work, r->nwork);
  if (v == RAZOR_VERDICT_NO_WORK) { /* cannot happen: work was sized */
    bad_line(file, lineno, 0, "internal error: no work space");
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

static int cmd_verdict(int argc, char **argv) {
  struct verdict_run r = {{0, 0, 0, 8}, 0, NULL, 0, NULL, 0};
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
    read_jsonl(files[i], verdict_line, &r);
  free(files);
  free(r.samples);
  free(r.work);
  if (fflush(stdout) || ferror(stdout)) {
    fprintf(stderr, "%s: writing the output: %s\n", prog, strerror(errno));
    return 2;
  }
  return bad_input;
}
