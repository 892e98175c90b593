/* razor_model.c - reports read from JSON into the model of
 * runtime/razor_render.h, and merged (razor_model.h). */
#include "razor_model.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- memory: a chain of blocks freed together ---- */

struct razor_model_mem {
  struct razor_model_mem *next;
  size_t used, size;
  max_align_t data[];
};

/* N zeroed bytes owned by *MEM; NULL when out of memory. */
static void *mem_alloc(struct razor_model_mem **mem, size_t n) {
  n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) *
      sizeof(max_align_t);
  struct razor_model_mem *b = *mem;
  if (!b || b->size - b->used < n) {
    size_t size = n > 65536 ? n : 65536;
    b = malloc(sizeof *b + size);
    if (!b)
      return NULL;
    b->next = *mem;
    b->used = 0;
    b->size = size;
    *mem = b;
  }
  void *p = (char *)b->data + b->used;
  b->used += n;
  memset(p, 0, n);
  return p;
}

static void *mem_array(struct razor_model_mem **mem, size_t n, size_t size) {
  if (n && size > SIZE_MAX / n)
    return NULL;
  return mem_alloc(mem, n && size ? n * size : 1);
}

static char *mem_strdup(struct razor_model_mem **mem, const char *s) {
  size_t n = strlen(s) + 1;
  char *p = mem_alloc(mem, n);
  if (p)
    memcpy(p, s, n);
  return p;
}

/* A copy of frames F[0..N) and their strings in MEM; *OK cleared when out
 * of memory. */
static const struct razor_rep_frame *
copy_frames(struct razor_model_mem **mem, const struct razor_rep_frame *fr,
            size_t n, int *ok) {
  struct razor_rep_frame *f = *ok ? mem_array(mem, n, sizeof *f) : NULL;
  *ok = *ok && f;
  for (size_t e = 0; *ok && e < n; e++) {
    f[e] = fr[e];
    f[e].function = mem_strdup(mem, f[e].function);
    f[e].file = mem_strdup(mem, f[e].file);
    f[e].module = mem_strdup(mem, f[e].module);
    f[e].dir = mem_strdup(mem, f[e].dir);
    *ok = f[e].function && f[e].file && f[e].module && f[e].dir;
  }
  return f;
}

void razor_model_free(struct razor_model *m) {
  struct razor_model_mem *b = m->mem;
  while (b) {
    struct razor_model_mem *next = b->next;
    free(b);
    b = next;
  }
  memset(m, 0, sizeof *m);
}

/* ---- reading ---- */

struct reader {
  const char *text;
  const struct razor_json_tok *t;
  struct razor_model_mem **mem;
  char *err;
  size_t errlen;
  int failed;
  char where[160]; /* the path of the object being read: probes[0].sites[2] */
};

static void fail(struct reader *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void fail(struct reader *r, const char *fmt, ...) {
  if (r->failed)
    return; /* the first problem is the one said */
  r->failed = 1;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(r->err, r->errlen, fmt, ap);
  va_end(ap);
}

static void oom(struct reader *r) {
  fail(r, "out of memory");
}

/* Member KEY of object OBJ: its token, or (size_t)-1. */
static size_t member(struct reader *r, size_t obj, const char *key) {
  return razor_json_member(r->text, r->t, obj, key);
}

static const char *dot(const struct reader *r) {
  return r->where[0] ? "." : "";
}

/* A string member (DEF when absent; NULL DEF: required). */
static const char *get_str(struct reader *r, size_t obj, const char *key,
                           const char *def) {
  size_t i = member(r, obj, key);
  if (i == (size_t)-1) {
    if (!def)
      fail(r, "%s%s%s is missing", r->where, dot(r), key);
    return def ? def : "";
  }
  if (r->t[i].type != RAZOR_JSON_STRING) {
    fail(r, "%s%s%s is not a string", r->where, dot(r), key);
    return "";
  }
  long n = razor_json_string(r->text, &r->t[i], NULL, 0);
  char *s = n >= 0 ? mem_alloc(r->mem, (size_t)n + 1) : NULL;
  if (!s) {
    oom(r);
    return "";
  }
  razor_json_string(r->text, &r->t[i], s, (size_t)n + 1);
  return s;
}

/* An integer member in [LO, HI] (DEF when absent and OPTIONAL). */
static int64_t get_int(struct reader *r, size_t obj, const char *key,
                       int optional, int64_t def, int64_t lo, int64_t hi) {
  size_t i = member(r, obj, key);
  int64_t v;
  if (i == (size_t)-1) {
    if (!optional)
      fail(r, "%s%s%s is missing", r->where, dot(r), key);
    return def;
  }
  if (razor_json_int64(r->text, &r->t[i], &v) || v < lo || v > hi) {
    fail(r, "%s%s%s is not an integer%s", r->where, dot(r), key,
         lo >= 0 ? " >= 0" : "");
    return def;
  }
  return v;
}

static int get_bool(struct reader *r, size_t obj, const char *key,
                    int *present) {
  size_t i = member(r, obj, key);
  if (present)
    *present = i != (size_t)-1;
  if (i == (size_t)-1)
    return 0;
  if (r->t[i].type != RAZOR_JSON_TRUE && r->t[i].type != RAZOR_JSON_FALSE) {
    fail(r, "%s%s%s is not true or false", r->where, dot(r), key);
    return 0;
  }
  return r->t[i].type == RAZOR_JSON_TRUE;
}

/* An array member of objects (or, OF_INTS, of integers): its token, or
 * (size_t)-1 when absent (and OPTIONAL) or wrong. */
static size_t get_array(struct reader *r, size_t obj, const char *key,
                        int optional) {
  size_t i = member(r, obj, key);
  if (i == (size_t)-1) {
    if (!optional)
      fail(r, "%s%s%s is missing", r->where, dot(r), key);
    return i;
  }
  if (r->t[i].type != RAZOR_JSON_ARRAY) {
    fail(r, "%s%s%s is not an array", r->where, dot(r), key);
    return (size_t)-1;
  }
  return i;
}

/* Enters element K of array KEY for messages; returns the old length. */
static size_t enter(struct reader *r, const char *key, size_t k) {
  size_t n = strlen(r->where);
  snprintf(r->where + n, sizeof r->where - n, "%s%s[%zu]", n ? "." : "", key,
           k);
  return n;
}

static void leave(struct reader *r, size_t n) {
  r->where[n] = 0;
}

/* Array KEY of object OBJ, whose elements are objects, into a new array of
 * as many elements of SIZE bytes (*N of them; NULL and 0 when the array is
 * absent and OPTIONAL, or wrong), EACH called on every element's token. */
static void *read_objects(struct reader *r, size_t obj, const char *key,
                          int optional, size_t size, size_t *n,
                          void (*each)(struct reader *, size_t tok, void *elem,
                                       void *ctx),
                          void *ctx) {
  size_t arr = get_array(r, obj, key, optional);
  *n = 0;
  if (arr == (size_t)-1)
    return NULL;
  size_t count = r->t[arr].count;
  char *v = mem_array(r->mem, count, size);
  if (!v) {
    oom(r);
    return NULL;
  }
  *n = count;
  for (size_t i = arr + 1, k = 0; k < count && !r->failed;
       k++, i = r->t[i].next) {
    size_t w = enter(r, key, k);
    if (r->t[i].type != RAZOR_JSON_OBJECT)
      fail(r, "%s is not an object", r->where);
    else
      each(r, i, v + k * size, ctx);
    leave(r, w);
  }
  return v;
}

static void read_series(struct reader *r, size_t obj,
                        struct razor_rep_series *s, uint64_t calls) {
  size_t arr = get_array(r, obj, "samples", 0);
  s->calls = calls;
  if (arr == (size_t)-1)
    return;
  size_t n = r->t[arr].count;
  int64_t *v = mem_array(r->mem, n, sizeof *v);
  if (!v) {
    oom(r);
    return;
  }
  for (size_t i = arr + 1, k = 0; k < n; k++, i = r->t[i].next)
    if (razor_json_int64(r->text, &r->t[i], &v[k])) {
      fail(r, "%s%ssamples[%zu] is not an integer", r->where, dot(r), k);
      return;
    }
  s->samples = v;
  s->nsamples = n > UINT32_MAX ? UINT32_MAX : (uint32_t)n;
  s->has_kept = member(r, obj, "kept_middle") != (size_t)-1;
  if (s->has_kept) {
    s->middle_call = (uint64_t)get_int(r, obj, "middle_call", 0, 0, 0,
                                       INT64_MAX);
    s->kept_middle = get_int(r, obj, "kept_middle", 0, 0, INT64_MIN,
                             INT64_MAX);
    s->end_samples = (uint64_t)get_int(r, obj, "end_samples", 0, 0, 0,
                                       INT64_MAX);
    s->kept_end = get_int(r, obj, "kept_end", 0, 0, INT64_MIN, INT64_MAX);
  }
}

static void read_frame(struct reader *r, size_t i, void *elem, void *ctx) {
  struct razor_rep_frame *f = elem;
  (void)ctx;
  f->function = get_str(r, i, "function", "");
  f->file = get_str(r, i, "file", "");
  f->module = get_str(r, i, "module", "");
  f->dir = get_str(r, i, "dir", "");
  f->line = (uint32_t)get_int(r, i, "line", 1, 0, 0, UINT32_MAX);
  f->column = (uint32_t)get_int(r, i, "column", 1, 0, 0, UINT32_MAX);
  f->inlined = get_bool(r, i, "inlined", NULL);
  f->offset = (uint64_t)get_int(r, i, "offset", 1, 0, 0, INT64_MAX);
}

static void read_stack(struct reader *r, size_t i, void *elem, void *ctx) {
  struct razor_rep_stack *k = elem;
  (void)ctx;
  k->bytes = get_int(r, i, "bytes", 0, 0, 0, INT64_MAX);
  k->blocks = get_int(r, i, "blocks", 0, 0, 0, INT64_MAX);
  k->frames = read_objects(r, i, "traceback", 0, sizeof *k->frames,
                           &k->nframes, read_frame, NULL);
  /* Cut at max_frames: "truncated", with the max_frames it was cut at. */
  k->max_frames = get_bool(r, i, "truncated", NULL)
                      ? (uint32_t)get_int(r, i, "max_frames", 1, 1, 1,
                                          UINT32_MAX)
                      : 0;
}

static void read_proc(struct reader *r, size_t i, void *elem, void *ctx) {
  struct razor_rep_proc *p = elem;
  (void)ctx;
  p->pid = (long)get_int(r, i, "pid", 0, 0, 0, INT32_MAX);
  uint64_t calls = (uint64_t)get_int(r, i, "calls", 0, 0, 0, INT64_MAX);
  p->total = get_int(r, i, "total", 0, 0, INT64_MIN, INT64_MAX);
  p->blocks = get_int(r, i, "blocks", 1, 0, INT64_MIN, INT64_MAX);
  p->finding = get_bool(r, i, "finding", NULL);
  p->reclaimed = get_bool(r, i, "reclaimed", NULL);
  read_series(r, i, &p->s, calls);
}

static void read_site(struct reader *r, size_t i, void *elem, void *ctx) {
  struct razor_rep_site *s = elem;
  struct razor_rep_probe *p = ctx;
  s->file = get_str(r, i, "file", NULL);
  s->dir = get_str(r, i, "dir", "");
  s->line = (uint32_t)get_int(r, i, "line", 0, 0, 0, UINT32_MAX);
  s->column = (uint32_t)get_int(r, i, "column", 1, 0, 0, UINT32_MAX);
  s->function = get_str(r, i, "function", "");
  s->source = get_str(r, i, "source", "");
  s->kind = get_str(r, i, "kind", "malloc");
  s->counted = member(r, i, "open") != (size_t)-1;
  s->total = s->counted
                 ? get_int(r, i, "open", 0, 0, INT64_MIN, INT64_MAX)
                 : get_int(r, i, "total_bytes", 0, 0, INT64_MIN, INT64_MAX);
  s->blocks = get_int(r, i, "blocks", 1, 0, INT64_MIN, INT64_MAX);
  s->reclaimed = get_bool(r, i, "reclaimed", NULL);
  int has_finding;
  s->finding = get_bool(r, i, "finding", &has_finding);
  if (!has_finding)
    s->finding = 1; /* without debug only findings are listed */
  else
    p->debug = 1;
  read_series(r, i, &s->s, p->calls);
  size_t via = member(r, i, "via");
  if (via != (size_t)-1) {
    if (r->t[via].type != RAZOR_JSON_OBJECT) {
      fail(r, "%s.via is not an object", r->where);
      return;
    }
    size_t w = strlen(r->where);
    snprintf(r->where + w, sizeof r->where - w, ".via");
    s->has_via = 1;
    s->via_function = get_str(r, via, "function", "");
    const char *wr = get_str(r, via, "wrapper", "");
    s->via_wrapper = wr[0] ? wr : NULL;
    const char *f = get_str(r, via, "file", "");
    s->via_file = f[0] ? f : NULL;
    s->via_line = (uint32_t)get_int(r, via, "line", 1, 0, 0, UINT32_MAX);
    leave(r, w);
  }
  s->has_traceback = member(r, i, "traceback") != (size_t)-1;
  s->frames = read_objects(r, i, "traceback", 1, sizeof *s->frames,
                           &s->nframes, read_frame, NULL);
  if (s->has_traceback)
    p->traceback = 1;
  /* The stacks of the retained blocks (a report from before them has
   * none: its "traceback" is all there is). */
  s->has_stacks = member(r, i, "stacks") != (size_t)-1;
  s->stacks = read_objects(r, i, "stacks", 1, sizeof *s->stacks, &s->nstacks,
                           read_stack, NULL);
  if (s->has_stacks) {
    s->stacks_more = (uint64_t)get_int(r, i, "stacks_more", 1, 0, 0,
                                       INT64_MAX);
    s->stack_blocks = get_int(r, i, "stack_blocks", 1, 0, 0, INT64_MAX);
  }
  s->procs = read_objects(r, i, "processes", 1, sizeof *s->procs, &s->nprocs,
                          read_proc, NULL);
}

static void read_pproc(struct reader *r, size_t i, void *elem, void *ctx) {
  struct razor_rep_pprobe *q = elem;
  (void)ctx;
  q->pid = (long)get_int(r, i, "pid", 0, 0, 0, INT32_MAX);
  q->calls = (uint64_t)get_int(r, i, "calls", 0, 0, 0, INT64_MAX);
  const char *v = get_str(r, i, "verdict", "clean");
  q->judged = strcmp(v, "too-few-calls") != 0;
  q->findings = !strcmp(v, "growing");
}

static void read_probe(struct reader *r, size_t i, void *elem, void *ctx) {
  struct razor_rep_probe *p = elem;
  (void)ctx;
  p->function = get_str(r, i, "function", NULL);
  p->trigger = get_str(r, i, "trigger", "");
  p->file = get_str(r, i, "file", "");
  p->line = (uint32_t)get_int(r, i, "line", 1, 0, 0, UINT32_MAX);
  p->calls = (uint64_t)get_int(r, i, "calls", 0, 0, 0, INT64_MAX);
  const char *verdict = get_str(r, i, "verdict", "");
  p->judged = strcmp(verdict, "too-few-calls") != 0;
  p->min_calls = (uint32_t)get_int(r, i, "min_calls", 1, 8, 0, UINT32_MAX);
  p->warmup = (uint32_t)get_int(r, i, "warmup", 1, 0, 0, UINT32_MAX);
  p->sites = read_objects(r, i, "sites", 0, sizeof *p->sites, &p->nsites,
                          read_site, p);
  p->procs = read_objects(r, i, "processes", 1, sizeof *p->procs,
                          &p->nprocs, read_pproc, NULL);
}

int razor_model_read(struct razor_model *m, const char *text,
                     const struct razor_json_tok *toks, char *err,
                     size_t errlen) {
  memset(m, 0, sizeof *m);
  struct reader r = {text, toks, &m->mem, err, errlen, 0, ""};
  struct razor_rep *rep = &m->rep;
  size_t pids = get_array(&r, 0, "pids", 1);
  if (pids != (size_t)-1) {
    size_t n = toks[pids].count;
    long *v = mem_array(&m->mem, n, sizeof *v);
    if (!v)
      oom(&r);
    for (size_t i = pids + 1, k = 0; v && k < n; k++, i = toks[i].next) {
      int64_t x;
      if (razor_json_int64(text, &toks[i], &x) || x < 0 || x > INT32_MAX) {
        fail(&r, "pids[%zu] is not a process id", k);
        break;
      }
      v[k] = (long)x;
    }
    rep->pids = v;
    rep->npids = n;
    rep->pid = n && v ? v[0] : 0;
  } else {
    rep->pid = (long)get_int(&r, 0, "pid", 0, 0, 0, INT32_MAX);
  }
  rep->dropped = (unsigned long)get_int(&r, 0, "dropped", 1, 0, 0, INT64_MAX);
  rep->probes = read_objects(&r, 0, "probes", 0, sizeof *rep->probes,
                             &rep->nprobes, read_probe, NULL);
  if (r.failed) {
    razor_model_free(m);
    return -1;
  }
  return 0;
}

/* ---- merging ---- */

/* One process's part of one probe: a (pid, probe) pair of some input. */
struct part {
  long pid;
  const struct razor_rep_probe *p; /* the input probe */
  uint64_t calls;
  int judged, findings;
  int proc;          /* >= 0: only this entry of a merged input's sites */
  size_t order;      /* input order, for "the later replaces" */
};

/* Grows *V (of *CAP elements of SIZE) to hold NEED. */
static int grow(void **v, size_t *cap, size_t need, size_t size) {
  if (need <= *cap)
    return 0;
  size_t n = *cap ? *cap * 2 : 16;
  while (n < need)
    n *= 2;
  void *q = realloc(*v, n * size);
  if (!q)
    return -1;
  *v = q;
  *cap = n;
  return 0;
}

static int same_probe(const struct razor_rep_probe *a,
                      const struct razor_rep_probe *b) {
  return !strcmp(a->function, b->function) && !strcmp(a->file, b->file);
}

static int same_site(const struct razor_rep_site *a,
                     const struct razor_rep_site *b) {
  return a->line == b->line && a->column == b->column &&
         !strcmp(a->file, b->file);
}

static int site_order(const void *x, const void *y) {
  const struct razor_rep_site *a = x, *b = y;
  if (a->total != b->total)
    return a->total > b->total ? -1 : 1;
  int c = strcmp(a->file, b->file);
  if (c)
    return c;
  return a->line < b->line ? -1 : a->line > b->line;
}

/* The figures site S of input probe part PT adds for one process. */
static void part_proc(const struct part *pt, const struct razor_rep_site *s,
                      struct razor_rep_proc *out) {
  if (pt->proc >= 0) {
    /* A merged input: that process's own entry (or nothing). */
    for (size_t i = 0; i < s->nprocs; i++)
      if (s->procs[i].pid == pt->pid) {
        *out = s->procs[i];
        return;
      }
    out->pid = -1;
    return;
  }
  *out = (struct razor_rep_proc){pt->pid, s->total, s->blocks, s->finding,
                                 s->reclaimed, s->s};
  out->s.calls = pt->calls;
}

int razor_model_merge(struct razor_model *out, const struct razor_model *in,
                      size_t n) {
  memset(out, 0, sizeof *out);
  struct part *parts = NULL;
  size_t nparts = 0, cap = 0;
  long *pids = NULL;
  size_t npids = 0, pcap = 0;
  unsigned long dropped = 0;
  int ok = 1;
  /* Every (pid, probe) of the inputs; a later one replaces an earlier one
   * of the same pid and probe (report=call, report_signal, then exit). */
  for (size_t i = 0; i < n && ok; i++) {
    const struct razor_rep *r = &in[i].rep;
    dropped += r->dropped;
    for (size_t j = 0; j < r->nprobes && ok; j++) {
      const struct razor_rep_probe *p = &r->probes[j];
      size_t np = p->nprocs ? p->nprocs : 1;
      for (size_t k = 0; k < np && ok; k++) {
        struct part pt = {p->nprocs ? p->procs[k].pid : r->pid, p,
                          p->nprocs ? p->procs[k].calls : p->calls,
                          p->nprocs ? p->procs[k].judged : p->judged,
                          p->nprocs ? p->procs[k].findings
                                    : razor_rep_findings(p),
                          p->nprocs ? (int)k : -1, nparts};
        size_t at = nparts;
        for (size_t q = 0; q < nparts; q++)
          if (parts[q].pid == pt.pid && same_probe(parts[q].p, p))
            at = q;
        if (at == nparts) {
          ok = !grow((void **)&parts, &cap, nparts + 1, sizeof *parts);
          if (ok)
            nparts++;
        }
        if (ok)
          parts[at] = pt;
        size_t q = 0;
        while (q < npids && pids[q] != pt.pid)
          q++;
        if (ok && q == npids) {
          ok = !grow((void **)&pids, &pcap, npids + 1, sizeof *pids);
          if (ok)
            pids[npids++] = pt.pid;
        }
      }
    }
  }
  struct razor_model_mem **mem = &out->mem;
  struct razor_rep *rep = &out->rep;
  /* The merged probes, in order of first appearance. */
  struct razor_rep_probe *probes =
      ok ? mem_array(mem, nparts, sizeof *probes) : NULL;
  size_t nprobes = 0;
  ok = ok && probes;
  for (size_t i = 0; i < nparts && ok; i++) {
    size_t m = 0;
    while (m < nprobes && !same_probe(&probes[m], parts[i].p))
      m++;
    if (m < nprobes)
      continue; /* already merged with an earlier part */
    nprobes++;
    struct razor_rep_probe *mp = &probes[m];
    const struct razor_rep_probe *first = parts[i].p;
    *mp = *first;
    mp->calls = 0;
    mp->judged = 0;
    mp->sites = NULL;
    mp->nsites = 0;
    size_t nmine = 0, maxsites = 0;
    for (size_t q = i; q < nparts; q++)
      if (same_probe(parts[q].p, first)) {
        nmine++;
        maxsites += parts[q].p->nsites;
      }
    struct razor_rep_pprobe *pp = mem_array(mem, nmine, sizeof *pp);
    struct razor_rep_site *sites = mem_array(mem, maxsites, sizeof *sites);
    ok = pp && sites;
    /* One pass over the probe's parts: sites by file:line:column, each
     * process's figures kept (a site has at most NMINE), totals summed,
     * findings unioned, the site's own samples those of its biggest
     * process. */
    for (size_t q = i; q < nparts && ok; q++) {
      const struct part *pt = &parts[q];
      if (!same_probe(pt->p, first))
        continue;
      pp[mp->nprocs++] =
          (struct razor_rep_pprobe){pt->pid, pt->calls, pt->judged,
                                    pt->findings};
      mp->calls += pt->calls;
      mp->judged |= pt->judged;
      mp->debug |= pt->p->debug;
      mp->traceback |= pt->p->traceback;
      for (size_t k = 0; k < pt->p->nsites && ok; k++) {
        const struct razor_rep_site *s = &pt->p->sites[k];
        struct razor_rep_proc pr;
        part_proc(pt, s, &pr);
        if (pr.pid < 0)
          continue;
        size_t at = 0;
        while (at < mp->nsites && !same_site(&sites[at], s))
          at++;
        struct razor_rep_site *ms = &sites[at];
        if (at == mp->nsites) {
          mp->nsites++;
          *ms = *s;
          ms->procs = mem_array(mem, nmine, sizeof *ms->procs);
          ms->nprocs = 0;
          ms->total = ms->blocks = 0;
          ms->finding = ms->reclaimed = 0;
          ok = ms->procs != NULL;
          if (!ok)
            break;
        }
        struct razor_rep_proc *dst = (struct razor_rep_proc *)ms->procs;
        /* A site listed twice by one process (a hand-edited or damaged
         * input): its first entry counts, and a site never holds more
         * entries than the probe has processes (nmine). */
        size_t seen = 0;
        while (seen < ms->nprocs && dst[seen].pid != pr.pid)
          seen++;
        if (seen < ms->nprocs || ms->nprocs >= nmine)
          continue;
        dst[ms->nprocs++] = pr;
        ms->total += pr.total;
        ms->blocks += pr.blocks;
        if (ms->nprocs > 1) {
          /* Stacks are one process's: a site of several keeps its
           * "traceback" (the first's largest stack) and no "stacks". */
          ms->has_stacks = 0;
          ms->stacks = NULL;
          ms->nstacks = 0;
          ms->stacks_more = 0;
          ms->stack_blocks = 0;
        }
        ms->finding |= pr.finding;
        ms->reclaimed |= pr.reclaimed;
        int biggest = 1;
        for (size_t e = 0; e + 1 < ms->nprocs; e++)
          biggest &= dst[e].total < pr.total;
        if (biggest)
          ms->s = pr.s;
      }
    }
    mp->procs = pp;
    if (ok) {
      qsort(sites, mp->nsites, sizeof *sites, site_order);
      mp->sites = sites;
    }
  }
  if (ok) {
    long *v = mem_array(mem, npids, sizeof *v);
    ok = v != NULL;
    if (ok)
      memcpy(v, pids, npids * sizeof *v);
    rep->pids = v;
    rep->npids = npids;
    rep->pid = npids ? pids[0] : 0;
    rep->dropped = dropped;
    rep->probes = probes;
    rep->nprobes = nprobes;
  }
  /* Strings and samples still point into the inputs: copy what the
   * merged report keeps so the inputs can go. */
  for (size_t i = 0; ok && i < rep->nprobes; i++) {
    struct razor_rep_probe *p = &probes[i];
    p->function = mem_strdup(mem, p->function);
    p->trigger = mem_strdup(mem, p->trigger);
    p->file = mem_strdup(mem, p->file);
    ok = p->function && p->trigger && p->file;
    for (size_t k = 0; ok && k < p->nsites; k++) {
      struct razor_rep_site *s = (struct razor_rep_site *)&p->sites[k];
      const char **str[] = {&s->file, &s->dir, &s->function, &s->source,
                            &s->kind, &s->via_function, &s->via_file,
                            &s->via_wrapper};
      for (size_t e = 0; ok && e < sizeof str / sizeof str[0]; e++)
        if (*str[e])
          ok = (*str[e] = mem_strdup(mem, *str[e])) != NULL;
      s->frames = copy_frames(mem, s->frames, s->nframes, &ok);
      struct razor_rep_stack *k =
          ok && s->nstacks ? mem_array(mem, s->nstacks, sizeof *k) : NULL;
      ok = ok && (k || !s->nstacks);
      for (size_t e = 0; ok && e < s->nstacks; e++) {
        k[e] = s->stacks[e];
        k[e].frames = copy_frames(mem, k[e].frames, k[e].nframes, &ok);
      }
      s->stacks = k;
      for (size_t e = 0; e < s->nprocs; e++) {
        struct razor_rep_proc *pr = (struct razor_rep_proc *)&s->procs[e];
        int64_t *v = ok ? mem_array(mem, pr->s.nsamples, sizeof *v) : NULL;
        ok = ok && v;
        if (ok) {
          if (pr->s.nsamples)
            memcpy(v, pr->s.samples, pr->s.nsamples * sizeof *v);
          if (s->s.samples == pr->s.samples)
            s->s.samples = v;
          pr->s.samples = v;
        }
      }
    }
  }
  free(parts);
  free(pids);
  if (!ok) {
    razor_model_free(out);
    return -1;
  }
  return 0;
}
