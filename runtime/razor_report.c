/* razor_report.c - the reports.  A snapshot of the probes' counters is
 * taken into plain structs (under each probe's lock, in mmap memory), then
 * filtered, sorted, symbolized and turned into the report model
 * (razor_render.h), which razor_render.c renders as text, JSON, HTML or
 * SARIF with no lock held. */
#include <dlfcn.h>
#include <fnmatch.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <errno.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "razor_account.h"
#include "razor_probe.h"
#include "razor_record.h"
#include "razor_flags.h"
#include "razor_render.h"
#include "razor_report.h"
#include "razor_stack.h"
#include "razor_symbolize.h"
#include "razor_tls.h"
#include "razor_verdict.h"

/* At most this many samples are printed per site (first and last kept). */
#define RAZOR_MAX_PRINTED RAZOR_REP_MAX_SAMPLES

struct snap_site {
  struct razor_site *rec;
  struct razor_site *via; /* where in a system header it really happened */
  int64_t total, blocks;
  int reclaimed, finding; /* the verdict's (razor_verdict.h) */
  /* `traceback`: its retained blocks' stacks (snap_stack), largest first,
   * SN of them from SFIRST, SMORE more left out; SBLOCKS: the retained
   * blocks that have a stack. */
  size_t sfirst, sn;
  uint64_t smore;
  int64_t sblocks;
  uint32_t nsamples;
  int64_t samples[RAZOR_MAX_PRINTED];
  uint64_t ncalls; /* the calls the samples span */
  int has_kept;    /* the verdict's numbers (razor_verdict_info) */
  uint64_t middle_call, end_samples;
  int64_t kept_middle, kept_end;
};

/* One stack of a site's retained blocks, at the last sample. */
struct snap_stack {
  uint32_t id;
  int64_t bytes, blocks;
};

/* At most this many stacks of a site are taken, the largest (the rest are
 * counted), and symbolized; those that read the same (return addresses
 * that differ only where a loop was unrolled, say) are merged, and the
 * report keeps at most MODEL_MAX_STACKS of them (JSON lists them all, text
 * the first RAZOR_REP_TEXT_STACKS). */
#define SNAP_MAX_STACKS 256
#define MODEL_MAX_STACKS 16

static int stack_cmp(const void *a, const void *b) {
  const struct snap_stack *x = a, *y = b;
  if (x->bytes != y->bytes)
    return x->bytes > y->bytes ? -1 : 1;
  if (x->blocks != y->blocks)
    return x->blocks > y->blocks ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* C's stacks with blocks retained at the last sample into STACKS (S says
 * where), largest first; a `clear` probe's exit report (ALL_CALLS): what
 * its calls kept with each, summed, as its totals are.  The caller holds
 * the probe's lock. */
static void snap_stacks(const struct razor_counter *c, struct snap_site *s,
                        struct razor_vec *stacks, int clear, int all_calls) {
  s->sfirst = stacks->len;
  s->sn = 0;
  s->smore = 0;
  s->sblocks = 0;
  for (struct razor_stack_count *sc =
           atomic_load_explicit(&c->stacks, memory_order_acquire);
       sc; sc = sc->next) {
    /* Retained at the last sample and at the one before (the previous
     * call's, taken when the last call began): a sample is taken when the
     * next call begins (SPEC 1), and the last call has none, so what its
     * caller frees right after it (its result) would otherwise count as
     * kept.  A `clear` probe's calls are each judged alone: the last. */
    int64_t bytes = all_calls ? sc->all_bytes : sc->last_bytes,
            blocks = all_calls ? sc->all_blocks : sc->last_blocks;
    if (!clear) {
      bytes = sc->prev_bytes < bytes ? sc->prev_bytes : bytes;
      blocks = sc->prev_blocks < blocks ? sc->prev_blocks : blocks;
    }
    if (blocks <= 0)
      continue;
    s->sblocks += blocks;
    struct snap_stack *e = razor_vec_push(stacks);
    if (!e)
      break;
    *e = (struct snap_stack){sc->stack, bytes < 0 ? 0 : bytes, blocks};
    s->sn++;
  }
  if (s->sn) {
    struct snap_stack *all = (struct snap_stack *)stacks->data + s->sfirst;
    qsort(all, s->sn, sizeof *all, stack_cmp);
  }
  if (s->sn > SNAP_MAX_STACKS) {
    s->smore = s->sn - SNAP_MAX_STACKS;
    stacks->len -= s->smore;
    s->sn = SNAP_MAX_STACKS;
  }
  /* Blocks released since the sample may leave a count above the site's. */
  if (s->sblocks > s->blocks)
    s->sblocks = s->blocks;
}

struct snap_probe {
  struct razor_probe *p;
  uint64_t calls;
  size_t first, n; /* its sites in the site vector */
  int findings;
  int judged;         /* 0: too few calls for a verdict */
  uint32_t min_calls; /* the probe's, RAZOR_OPTIONS' or the default */
};

static const char *nz(const char *s) {
  return s ? s : "";
}

/* ---- verdict (razor_verdict.c decides; this only gathers its input) ---- */

/* The verdict's options for P: its annotation's, RAZOR_OPTIONS' winning
 * (applied when P was registered). */
static struct razor_verdict_opts verdict_opts(const struct razor_probe *p) {
  struct razor_verdict_opts o = {(p->opts & RAZOR_OPT_NOSTRICT) != 0,
                                 p->warmup, p->min_growth, p->min_calls};
  return o;
}

/* True when P's trigger is on now (a probe never called still reports). */
RAZOR_RESIDENT static int trigger_on(const struct razor_probe *p) {
  if (!p->trigger[0])
    return 1;
  const char *v = getenv(p->trigger);
  return v && *v && strcmp(v, "0") && strcasecmp(v, "false") &&
         strcasecmp(v, "no") && strcasecmp(v, "off");
}

/* C's samples after calls 1..N into S (every call, from the change
 * points).  The caller holds the probe's lock. */
static void dense_samples(const struct razor_counter *c, uint64_t n,
                          int64_t *s) {
  const struct razor_point *pt = c->series.data;
  size_t m = c->series.len, i = 0;
  int64_t v = 0;
  for (uint64_t k = 1; k <= n; k++) {
    while (i < m && pt[i].k <= k)
      v = pt[i++].bytes;
    s[k - 1] = v;
  }
}

/* ---- filters (report time only) ---- */

static void abs_path(const struct razor_site *r, char *out, size_t n) {
  const char *f = razor_site_str(r, file), *dir = razor_site_str(r, dir);
  if (f[0] == '/' || !dir[0])
    snprintf(out, n, "%s", f);
  else
    snprintf(out, n, "%s/%s", dir, f);
}

static int under_here(const struct razor_site *r) {
  const char *here = razor_flags.here_real;
  if (!here)
    return 1;
  char path[PATH_MAX], real[PATH_MAX];
  abs_path(r, path, sizeof path);
  const char *p = realpath(path, real) ? real : path;
  size_t hl = strlen(here);
  if (hl == 1 && here[0] == '/')
    return p[0] == '/';
  return !strncmp(p, here, hl) && (p[hl] == '/' || p[hl] == 0);
}

static int suppressed(const struct razor_site *r) {
  const char *file = razor_site_str(r, file), *base = strrchr(file, '/');
  base = base ? base + 1 : file;
  for (size_t i = 0; i < razor_flags.nsupp; i++) {
    const struct razor_suppression *s = &razor_flags.supp[i];
    if (s->is_function) {
      if (!fnmatch(s->glob, razor_site_str(r, function), 0))
        return 1;
    } else if ((!fnmatch(s->glob, file, 0) || !fnmatch(s->glob, base, 0)) &&
               (!s->line || s->line == r->line)) {
      return 1;
    }
  }
  return 0;
}

/* ---- snapshot ---- */

/* Takes P's counters and series (under its lock) into PROBES and SITES,
 * judging each site: the findings, and with `debug` every site that holds
 * anything.  PER_CALL: a `clear` probe's report right after a call (that
 * call alone), else its calls' totals. */
static void snap_probe(struct razor_probe *p, struct razor_vec *probes,
                       struct razor_vec *sites, struct razor_vec *stacks,
                       int per_call) {
  struct snap_probe *sp = razor_vec_push(probes);
  if (!sp)
    return;
  memset(sp, 0, sizeof *sp);
  sp->p = p;
  sp->first = sites->len;
  struct razor_verdict_opts vo = verdict_opts(p);
  sp->min_calls = vo.min_calls ? vo.min_calls : 8;
  int clear = (p->opts & RAZOR_OPT_CLEAR) != 0;
  razor_lock_acquire(&p->lock);
  uint64_t n = p->calls;
  sp->calls = clear && !per_call ? p->all_calls : n;
  /* `clear` judges each call alone; others need min_calls after warmup. */
  sp->judged = clear ? sp->calls > 0
                     : n > vo.warmup && n - vo.warmup >= sp->min_calls;
  /* Every sample of a site, and the verdict's work space: one mapping. */
  size_t work = RAZOR_VERDICT_WORK(n);
  size_t bytes = clear ? 0 : n * sizeof(int64_t) + work * sizeof(size_t);
  int64_t *dense = bytes ? razor_map(bytes) : NULL;
  if (bytes && !dense)
    razor_note_dropped();
  int debug = (p->opts & RAZOR_OPT_DEBUG) != 0;
  for (struct razor_counter *c =
           atomic_load_explicit(&p->counters, memory_order_acquire);
       c && sp->judged; c = c->next) {
    struct razor_verdict_info info = {0};
    int fin, held;
    int64_t total = c->last_bytes, blocks = c->last_blocks;
    if (clear) {
      fin = per_call ? c->last_bytes > 0 : c->all_found > 0;
      if (!per_call) {
        total = c->all_bytes;
        blocks = c->all_blocks;
      }
      held = total > 0;
    } else {
      if (!dense)
        break;
      dense_samples(c, n, dense);
      fin = razor_verdict(dense, n, &vo, &info, (size_t *)(dense + n),
                          work) == RAZOR_VERDICT_GROWING;
      held = c->last_bytes > 0;
    }
    struct razor_site *rec = razor_site_get(c->site);
    /* A custom allocator's chunks hold the blocks it registered, which
     * count on their own: never a finding (razor_record.c). */
    if (rec && rec->kind == RAZOR_KIND_POOL_CHUNK)
      fin = 0;
    if (!fin && !(debug && held))
      continue;
    struct snap_site *s = razor_vec_push(sites);
    if (!s)
      break;
    s->rec = rec;
    s->via = razor_site_via(c->site);
    s->total = total;
    s->blocks = blocks;
    s->reclaimed = info.gave_back;
    snap_stacks(c, s, stacks, clear, clear && !per_call);
    s->finding = fin;
    /* A `clear` probe's exit report: what each of its calls kept (SPEC 5:
     * it totals every call), as razor-report draws them: over all calls. */
    uint64_t span = clear && !per_call ? sp->calls : n;
    s->nsamples =
        span <= RAZOR_MAX_PRINTED ? (uint32_t)span : RAZOR_MAX_PRINTED;
    for (uint32_t i = 0; i < s->nsamples; i++) {
      uint64_t k = razor_rep_sample_call(i, s->nsamples, span);
      s->samples[i] = clear && !per_call ? razor_counter_call_value_at(c, k)
                                         : razor_counter_value_at(c, k);
    }
    s->ncalls = span;
    s->has_kept = !clear;
    s->middle_call = info.middle_call;
    s->end_samples = info.end_samples;
    s->kept_middle = info.kept_middle;
    s->kept_end = info.kept_end;
  }
  razor_lock_release(&p->lock);
  if (dense)
    razor_unmap(dense, bytes);
  sp->n = sites->len - sp->first;
}

static int site_cmp(const void *a, const void *b) {
  const struct snap_site *x = a, *y = b;
  if (x->total != y->total)
    return x->total > y->total ? -1 : 1;
  int c = strcmp(x->rec ? razor_site_str(x->rec, file) : "", y->rec ? razor_site_str(y->rec, file) : "");
  if (c)
    return c;
  uint32_t lx = x->rec ? x->rec->line : 0, ly = y->rec ? y->rec->line : 0;
  return lx < ly ? -1 : lx > ly;
}

/* Drops the sites that are not to be reported, sorts the rest, counts the
 * findings.  No lock held. */
static void filter(struct snap_probe *sp, struct snap_site *all) {
  struct snap_site *s = all + sp->first;
  int debug = (sp->p->opts & RAZOR_OPT_DEBUG) != 0;
  size_t o = 0;
  sp->findings = 0;
  for (size_t i = 0; i < sp->n; i++) {
    struct razor_site *r = s[i].rec;
    if (!r || suppressed(r))
      continue;
    if (!debug && ((r->flags & RAZOR_SITE_SYSTEM_HEADER) || !under_here(r)))
      continue;
    if (s[i].finding)
      sp->findings++;
    if (o != i)
      s[o] = s[i];
    o++;
  }
  sp->n = o;
  qsort(s, o, sizeof *s, site_cmp);
}

/* ---- tracebacks ---- */

/* One frame as printed. */
struct tb_frame {
  const char *function, *file, *module; /* never NULL */
  const char *dir; /* for a relative FILE: the compilation directory */
  uint32_t line, column;
  int inlined;
  uintptr_t offset; /* in MODULE, when FILE is "" */
};
#define TB_MAX 512

/* NAME's qualified name into OUT (N bytes): up to its parameters, without
 * template argument lists and without a return type (a function
 * template's demangled name starts with one): "int *keep<int>(int const&)"
 * and "keep<T>" are both "keep". */
static void bare_name(const char *name, char *out, size_t n) {
  size_t k = 0;
  int depth = 0;
  for (const char *c = name; *c && k + 1 < n; c++) {
    if (*c == '<')
      depth++;
    else if (*c == '>' && depth > 0)
      depth--;
    else if (depth == 0 && *c == '(' && k > 0)
      break;
    else if (depth == 0 && *c == ' ')
      k = 0; /* what came before was a return type */
    else if (depth == 0)
      out[k++] = *c;
  }
  out[k] = 0;
}

/* The parameter list P (from its "(" on, with any qualifiers after it)
 * into OUT (N bytes) in one spelling, so the plugin's and the
 * symbolizer's read alike: no blanks, no inline namespace, std::string,
 * no clone suffix (" (.constprop.0)", " [clone .isra.0]"). */
static void params_key(const char *p, char *out, size_t n) {
  static const char *const from[] = {
      "std::__cxx11::", "std::__1::",
      "std::basic_string<char,std::char_traits<char>,std::allocator<char>>",
      "std::basic_string<wchar_t,std::char_traits<wchar_t>,std::allocator<wchar_t>>"};
  static const char *const to[] = {"std::", "std::", "std::string", "std::wstring"};
  size_t k = 0;
  for (; *p && k + 1 < n; p++) {
    if (*p == ' ' && (p[1] == '[' || (p[1] == '(' && p[2] == '.')))
      break; /* a clone suffix */
    if (*p != ' ')
      out[k++] = *p;
    out[k] = 0;
    for (size_t i = 0; i < sizeof from / sizeof *from; i++) {
      size_t fl = strlen(from[i]), tl = strlen(to[i]);
      if (k >= fl && !strcmp(out + k - fl, from[i])) {
        memcpy(out + k - fl, to[i], tl + 1);
        k = k - fl + tl;
      }
    }
  }
  out[k] = 0;
}

/* True when NAME (a symbolizer's, maybe with parameters) names the same
 * function as SITE_FN (a site record's: a template's named as written).
 * Overloads are not the same function: when both names carry their
 * parameters, those must agree (tinyxml2's private XMLDocument::Parse()
 * is not its XMLDocument::Parse(char const*, unsigned long)). */
static int same_function(const char *name, const char *site_fn) {
  size_t a = strcspn(name, "("), b = strcspn(site_fn, "(");
  if (a && a == b && !strncmp(name, site_fn, a)) {
    if (!name[a] || !site_fn[b] || !strcmp(name + a, site_fn + b))
      return 1;
    char x[512], y[512];
    params_key(name + a, x, sizeof x);
    params_key(site_fn + b, y, sizeof y);
    return !strcmp(x, y);
  }
  char x[512], y[512];
  bare_name(name, x, sizeof x);
  bare_name(site_fn, y, sizeof y);
  return x[0] && !strcmp(x, y);
}

static const char *base_name(const char *p) {
  const char *b = strrchr(p, '/');
  return b ? b + 1 : p;
}

/* True when frame F (of SY) is where site record R is: same function, or
 * same line of a file with the same name.  Unnamed frames match (the
 * common case: nothing better is known). */
static int at_site(const struct razor_syms *sy, const struct razor_frame *f,
                   const struct razor_site *r) {
  const char *fn = razor_syms_str(sy, f->function);
  if (!fn[0] || same_function(fn, razor_site_str(r, function)))
    return 1;
  return f->file && f->line == r->line &&
         !strcmp(base_name(razor_syms_str(sy, f->file)), base_name(razor_site_str(r, file)));
}

/* ---- one spelling per file (report time) ----
 *
 * A file may be named several ways in one report: a site's record spells
 * it as its unit's compiler saw it (relative to that unit's compilation
 * directory when under it, else absolute), another unit's record from
 * another directory, the symbolizer absolute (joined with the compilation
 * directory of the frame's own unit, from DWARF).  The report names each
 * file one way: its first spelling, in this order: the report's probes,
 * its sites (and their `via`), every other record of the program (so a
 * frame of a file that has a record reads as that file's compiler saw
 * it), then the symbolizer's, as it gives it.  Files are told apart by
 * their lexically normalized path (DIR joined when FILE is relative). */

struct spell {
  uint32_t hash;
  uint32_t key; /* offset of the normalized path in the key arena; 0: free */
  const char *file, *dir;
};
struct spellings {
  struct spell *slot;
  size_t cap, used;
  struct razor_vec keys; /* chars; offset 0 unused */
};

static uint32_t str_hash(const char *p) {
  uint32_t h = 2166136261u;
  for (; *p; p++)
    h = (h ^ (unsigned char)*p) * 16777619u;
  return h;
}

/* A table for N spellings at most (T zeroed).  Out of memory: none is
 * kept, and files read as their records and the symbolizer spell them. */
static void spell_init(struct spellings *t, size_t n) {
  size_t cap = 64;
  while (cap < 2 * n)
    cap *= 2;
  t->slot = razor_map(cap * sizeof *t->slot);
  t->cap = t->slot ? cap : 0;
  t->used = 0;
  t->keys.elsize = 1;
}

static void spell_release(struct spellings *t) {
  if (t->slot)
    razor_unmap(t->slot, t->cap * sizeof *t->slot);
  razor_vec_release(&t->keys);
  memset(t, 0, sizeof *t);
}

/* *FILE and *DIR (its compilation directory, "" when unknown) as the
 * report spells that file: the spelling T has for it, else this one, now
 * T's.  A "" file is left alone. */
static void spell(struct spellings *t, const char **file, const char **dir) {
  if (!t->cap || !*file || !(*file)[0])
    return;
  char key[PATH_MAX];
  razor_norm_path(*file, *dir, key, sizeof key);
  uint32_t h = str_hash(key);
  size_t i = h & (t->cap - 1);
  for (; t->slot[i].key; i = (i + 1) & (t->cap - 1))
    if (t->slot[i].hash == h &&
        !strcmp((const char *)t->keys.data + t->slot[i].key, key)) {
      *file = t->slot[i].file;
      *dir = t->slot[i].dir;
      return;
    }
  size_t kl = strlen(key) + 1, off = t->keys.len ? t->keys.len : 1;
  if (2 * (t->used + 1) > t->cap || razor_vec_reserve(&t->keys, off + kl))
    return;
  memcpy((char *)t->keys.data + off, key, kl);
  t->keys.len = off + kl;
  t->slot[i] = (struct spell){h, (uint32_t)off, *file, *dir ? *dir : ""};
  t->used++;
}

/* ---- one name per function (report time) ----
 *
 * Inside a template, a site's and a probe's function is named after the
 * template as written (`DynArray<T, N>::EnsureCapacity`: SPEC 1), while
 * the symbolizer names the instantiation a frame ran in
 * (`DynArray<char, 10>::EnsureCapacity(int)`).  A frame of a function
 * that has a record reads as the record (the site's line, frame #0 and
 * the frames above it name it alike, and the frame's caller shows which
 * instantiation it was); one of an instantiation without a record of its
 * own, in a class template that has one, takes that class's name as
 * written (`DynArray<T, N>::Push`). */

/* A record's name inside a template, with the module it is in. */
struct tname {
  const char *name;
  const void *base; /* its module's load address; NULL: not known (a
                       record the runtime copied) */
};

/* The records named after a template as written, once per name and
 * module, into V (of struct tname): sites outside system headers whose
 * name has a template's '<' and no parameters (the plugin's TemplateNamer
 * names a site that way, and only it: a demangled name always has its
 * parameters, and an instantiation's name, a system header's
 * std::vector<int>::push_back(int const&) say, must never rename a frame
 * of another instantiation), and probes with a '<' in their name. */
static void template_names(struct razor_vec *v) {
  v->elsize = sizeof(struct tname);
  uint32_t ns = razor_site_count(), np = razor_probe_count();
  for (uint32_t id = 1; id <= ns + np; id++) {
    const char *name;
    const void *rec;
    if (id <= ns) {
      struct razor_site *r = razor_site_get(id);
      if (!r || (r->flags & RAZOR_SITE_SYSTEM_HEADER))
        continue;
      name = razor_site_str(r, function);
      if (strchr(name, '('))
        continue;
      rec = r;
    } else {
      struct razor_probe *p = razor_probe_get(id - ns);
      if (!p || !p->name)
        continue;
      name = p->name;
      rec = p->fn; /* NULL once the module's destructors ran */
    }
    if (!strchr(name, '<'))
      continue;
    Dl_info at;
    const void *base = rec && dladdr(rec, &at) ? at.dli_fbase : NULL;
    const struct tname *e = v->data;
    size_t k = 0;
    while (k < v->len && (e[k].base != base || strcmp(e[k].name, name)))
      k++;
    struct tname *t = k == v->len ? razor_vec_push(v) : NULL;
    if (t)
      *t = (struct tname){name, base};
  }
}

/* The qualifier of NAME (everything before its last "::" outside template
 * argument lists and parameters) into OUT (N bytes), without a return
 * type; "" when it has none.  Returns the length. */
static size_t qualifier(const char *name, char *out, size_t n) {
  int depth = 0;
  size_t start = 0, last = 0;
  for (size_t i = 0; name[i]; i++) {
    char c = name[i];
    if (depth == 0 && !strncmp(name + i, "(anonymous namespace)", 21)) {
      i += 20;
      continue;
    }
    if (depth == 0 && !strncmp(name + i, "operator", 8) &&
        (i == 0 || name[i - 1] == ':'))
      break; /* an operator's name: no qualifier after it */
    if (c == '<')
      depth++;
    else if (c == '>')
      depth -= depth > 0;
    else if (depth == 0 && c == '(')
      break; /* the parameters */
    else if (depth == 0 && c == ' ')
      start = i + 1, last = 0; /* a return type went before */
    else if (depth == 0 && c == ':' && name[i + 1] == ':')
      last = i++;
  }
  size_t len = last > start ? last - start : 0;
  if (len >= n)
    len = 0;
  memcpy(out, name + start, len);
  out[len] = 0;
  return len;
}

/* Frame name FN (the symbolizer's, of an address in the module at BASE)
 * as the records name it (see above), from TN (template_names); FN itself
 * when no record names it otherwise. */
static const char *record_name(const struct razor_vec *tn, const char *fn,
                               const void *base, char *buf, size_t n) {
  if (!strchr(fn, '<'))
    return fn;
  const struct tname *e = tn->data;
  for (size_t k = 0; k < tn->len; k++)
    if ((!e[k].base || e[k].base == base) && same_function(fn, e[k].name))
      return e[k].name;
  /* A member of a class template with no record of its own: the class as
   * its records write it, when the member is no template itself. */
  char q[512], bq[512], rq[512], bare[512];
  size_t ql = qualifier(fn, q, sizeof q);
  if (!ql || !strchr(q, '<'))
    return fn;
  const char *member = strstr(fn, q) + ql + 2;
  size_t ml = strcspn(member, "(<");
  if (member[ml] == '<' || !strncmp(member, "operator", 8))
    return fn; /* a member template, an operator: left as it is */
  bare_name(q, bq, sizeof bq);
  for (size_t k = 0; k < tn->len; k++) {
    if ((e[k].base && e[k].base != base) ||
        !qualifier(e[k].name, rq, sizeof rq))
      continue;
    bare_name(rq, bare, sizeof bare);
    if (strcmp(bare, bq) || !strchr(rq, '<'))
      continue;
    snprintf(buf, n, "%s::%.*s", rq, (int)ml, member);
    return buf;
  }
  return fn;
}

/* True for a frame of the C start-up code that runs main (libc's
 * __libc_start_call_main, __libc_start_main, the executable's _start):
 * what lies outward of it is no one's code. */
static int startup_frame(const struct razor_syms *sy,
                         const struct razor_frame *f) {
  const char *fn = f->function ? razor_syms_str(sy, f->function) : "";
  return !strcmp(fn, "_start") || !strncmp(fn, "__libc_start", 12);
}

/* True for a frame nothing at all is known of: no name, no file, no
 * module (an address in no mapped object). */
static int unknown_frame(const struct razor_frame *f) {
  return !f->function && !f->file && !f->module;
}

/* Names made at report time (record_name's), in mappings that never move
 * and live as long as the report's model. */
#define POOL_CHUNK 65536
struct strpool {
  char *chunk; /* the newest; each starts with the pointer to the last */
  size_t used;
};

static const char *pool_strdup(struct strpool *p, const char *s) {
  size_t n = strlen(s) + 1;
  if (n > POOL_CHUNK - sizeof(char *))
    return NULL;
  if (!p->chunk || p->used + n > POOL_CHUNK) {
    char *c = razor_map(POOL_CHUNK);
    if (!c)
      return NULL;
    memcpy(c, &p->chunk, sizeof(char *));
    p->chunk = c;
    p->used = sizeof(char *);
  }
  char *d = p->chunk + p->used;
  memcpy(d, s, n);
  p->used += n;
  return d;
}

static void pool_release(struct strpool *p) {
  while (p->chunk) {
    char *next;
    memcpy(&next, p->chunk, sizeof next);
    razor_unmap(p->chunk, POOL_CHUNK);
    p->chunk = next;
  }
  p->used = 0;
}

/* What turning stacks into frames needs: the symbols, the report's file
 * spellings, the records' template names and a pool for new names. */
struct tb_ctx {
  const struct razor_syms *sy;
  struct spellings *spell;
  const struct razor_vec *tnames;
  struct strpool *pool;
  const struct razor_func_entry *funcs; /* razor_funcs_table's */
  size_t nfuncs;
};

/* Frame O (of return address PC, symbolized as F; OUTERMOST: not inlined
 * into another) has no line: code built without -g.  What the program's
 * own records know fills it in, in their names: the probe of the function
 * PC lies in (by name, in the same module) gives its name, file and line
 * (its definition's); else the function record of the function PC lies in
 * (CX's table: the one starting where the symbol table, else the unwind
 * table, says PC's function starts) its file and the line of its
 * definition; else a site recorded in a function
 * of that name in the same module gives the name and file.  The
 * symbolizer's file (the symbol table's, line 0), if any, stays without
 * a line.  Report time only. */
static void fill_frame(struct tb_frame *o, const struct razor_frame *f,
                       uintptr_t pc, int outermost, const struct tb_ctx *cx) {
  Dl_info at;
  if (!dladdr((void *)pc, &at))
    return;
  uint32_t np = razor_probe_count();
  for (uint32_t i = 1; outermost && o->function[0] && i <= np; i++) {
    struct razor_probe *p = razor_probe_get(i);
    Dl_info own;
    /* The symbol table names PC's function (an executable's functions are
     * not in dladdr's dynamic symbols): the probe of that name whose
     * function lies in the same module (its address is forgotten once
     * the module's destructors ran: the exit report's). */
    if (p && p->file && p->line && p->name &&
        (!strcmp(o->function, p->name) ||
         same_function(o->function, p->name)) &&
        (!p->fn || (dladdr((void *)p->fn, &own) &&
                    own.dli_fbase == at.dli_fbase))) {
      o->function = nz(p->name);
      o->file = p->file;
      o->dir = nz(p->dir);
      o->line = p->line;
      o->column = 0;
      return;
    }
  }
  const struct razor_func_entry *fe =
      outermost && f->start ? razor_func_below(cx->funcs, cx->nfuncs, pc - 1)
                            : NULL;
  if (fe && fe->addr == f->start) {
    const struct razor_file *w = razor_func_file(fe->rec);
    o->file = razor_file_str(w, file);
    o->dir = razor_file_str(w, dir);
    o->line = fe->rec->line;
    o->column = 0;
    return;
  }
  if (!o->function[0])
    return;
  uint32_t ns = razor_site_count();
  for (uint32_t id = 1; id <= ns; id++) {
    struct razor_site *r = razor_site_get(id);
    Dl_info own;
    if (!r || !razor_site_located(r) ||
        !same_function(o->function, razor_site_str(r, function)))
      continue;
    if (dladdr(r, &own) && own.dli_fbase != at.dli_fbase)
      continue;
    o->function = razor_site_str(r, function);
    if (!o->file[0] ||
        !strcmp(base_name(o->file), base_name(razor_site_str(r, file)))) {
      o->file = razor_site_str(r, file);
      o->dir = razor_site_str(r, dir);
    }
    return;
  }
}

/* The frames of site S's traceback into OUT (at most TB_MAX), innermost
 * first; returns how many.  #0 always comes from the site's static record
 * (exact file:line:column, no symbolizer or -g needed).  The recorded
 * return addresses follow, resolved in SY, without the frame #0 stands for:
 * the innermost frame of the first address; for a block charged to the
 * user's call into other code (S->via), every frame up to the user's
 * function.  Unless DEBUG, frames of the runtime, of the system's
 * libraries (/lib, /usr/lib: libc, libstdc++), frames nothing is known of
 * (no name, no file, no module), and the C start-up code from the frame
 * that calls main on are left out.  Code built without -g: a frame with a
 * name but no location takes what the program's records know
 * (fill_frame), else shows its name and module; one without a name (a
 * stripped module) shows as module+offset. */
static size_t trace_frames(const struct snap_site *s, uint32_t stack,
                           struct tb_ctx *cx, int debug, struct tb_frame *out,
                           int *cut) {
  const struct razor_syms *sy = cx->sy;
  const struct razor_site *r = s->rec;
  /* A block charged to an allocation wrapper's call from instrumented code
   * inside it: the stack goes down to the real allocation (its record is
   * #0, the recorded frames follow whole). */
  int wrapped = s->via && razor_site_located(s->via) &&
                ((s->via->flags & RAZOR_SITE_WRAPPED) ||
                 (r->flags & RAZOR_SITE_WRAPPER_CALL));
  const struct razor_site *top = wrapped ? s->via : r;
  out[0] = (struct tb_frame){razor_site_str(top, function), razor_site_str(top, file), "",
                             razor_site_str(top, dir), top->line, top->column, 0, 0};
  spell(cx->spell, &out[0].file, &out[0].dir);
  size_t n = 1;
  uint32_t npc = 0;
  const uintptr_t *pcs = sy ? razor_depot_get(stack, &npc) : NULL;
  /* Where the recorded frames start: (address index, frame index). */
  uint32_t sj = 0;
  size_t sk = 1;
  if (npc && s->via && !wrapped) {
    int found = 0;
    for (uint32_t j = 0; j < npc && !found; j++) {
      const struct razor_frame *f;
      size_t c = razor_syms_frames(sy, pcs[j], &f);
      for (size_t k = 0; k < c && !found; k++)
        if (f[k].function && at_site(sy, &f[k], r))
          found = 1, sj = j, sk = k + 1;
    }
    if (!found)
      sj = 0, sk = (size_t)-1; /* only the first address is dropped */
  } else if (npc) {
    /* The first address is normally in the site's own function; not when
     * the allocation was a tail call (-O2): then it is the caller's. */
    const struct razor_frame *f;
    if (razor_syms_frames(sy, pcs[0], &f) && !at_site(sy, &f[0], top))
      sk = 0;
  }
  int started = 0; /* reached the start-up code: the rest is its */
  for (uint32_t j = sj; j < npc && n < TB_MAX && !started; j++) {
    const struct razor_frame *f;
    size_t c = razor_syms_frames(sy, pcs[j], &f);
    for (size_t k = j == sj ? sk : 0; k < c && n < TB_MAX; k++) {
      if (!debug && !f[k].file && startup_frame(sy, &f[k])) {
        started = 1;
        break;
      }
      if (!debug && (f[k].runtime || f[k].system || unknown_frame(&f[k])))
        continue;
      /* The outer half of a function the plugin split (RAZOR_ENTRY_BODY_SUFFIX)
       * calls its body: one frame of the program's, the body's (named by
       * its function's name, the outer half maybe by an alias of it). */
      if (!debug && !f[k].line &&
          (f[k].split_outer ||
           (f[k].function && same_function(razor_syms_str(sy, f[k].function),
                                           out[n - 1].function))))
        continue;
      /* The symbolizer's path is whole (the compilation directory of the
       * frame's own unit joined, from DWARF): no directory of the
       * site's is joined to it. */
      out[n] = (struct tb_frame){razor_syms_str(sy, f[k].function),
                                 razor_syms_str(sy, f[k].file),
                                 razor_syms_str(sy, f[k].module),
                                 "",
                                 f[k].line,
                                 f[k].column,
                                 f[k].inlined,
                                 f[k].offset};
      if (!f[k].line && !f[k].system && !f[k].runtime)
        fill_frame(&out[n], &f[k], pcs[j], k + 1 == c, cx);
      if (!f[k].system && !f[k].runtime && strchr(out[n].function, '<')) {
        char buf[1024];
        Dl_info at;
        const char *name = record_name(
            cx->tnames, out[n].function,
            dladdr((void *)pcs[j], &at) ? at.dli_fbase : NULL, buf,
            sizeof buf);
        if (name == buf)
          name = pool_strdup(cx->pool, buf);
        if (name)
          out[n].function = name;
      }
      spell(cx->spell, &out[n].file, &out[n].dir);
      n++;
    }
  }
  /* Cut at max_frames, unless what was left out is the start-up code. */
  *cut = npc && !started && razor_depot_cut(stack);
  return n;
}

RAZOR_RESIDENT_VAR static pthread_mutex_t report_mutex =
    PTHREAD_MUTEX_INITIALIZER;

/* Says on stderr that the report could not be written to the output
 * (GIVEN: the stream passed to razor_report, else the configured one). */
static void report_write_failed(FILE *given) {
  int e = errno;
  const char *where =
      given ? "the stream passed to razor_report"
      : razor_flags.out_kind == RAZOR_OUT_PATH   ? razor_flags.out_path
      : razor_flags.out_kind == RAZOR_OUT_STDOUT ? "stdout"
                                                 : "stderr";
  fprintf(stderr, "razortrace: cannot write the report to %s: %s\n", where,
          e == ENXIO ? "no process has it open for reading"
          : e        ? strerror(e)
                     : "write error");
}

/* A report being made: the snapshot, the symbols of its stacks and the
 * model (razor_render.h) built from them; all in the runtime's memory. */
struct report_build {
  struct razor_vec probes, sites, stacks; /* snap_probe, _site, _stack */
  struct razor_syms syms;
  struct spellings spell; /* one spelling per file */
  struct razor_vec tnames; /* the records' names inside templates */
  struct strpool pool;     /* names made for frames */
  struct razor_vec rprobes, rsites, rstacks, rframes; /* the model's */
  const struct razor_func_entry *funcs; /* razor_funcs_table's */
  size_t nfuncs;
  struct razor_rep rep;
  int findings;
};

/* Snapshots probe ONLY (NULL: every probe that sampled or whose trigger is
 * on) into B and filters it; PER_CALL as for snap_probe.  The caller holds
 * report_mutex and has the thread's guard set. */
RAZOR_RESIDENT static void
build_snapshot(struct report_build *b, struct razor_probe *only, int per_call) {
  b->probes.elsize = sizeof(struct snap_probe);
  b->sites.elsize = sizeof(struct snap_site);
  b->stacks.elsize = sizeof(struct snap_stack);
  if (only) {
    if (only->valid && !atomic_load(&only->destroyed))
      snap_probe(only, &b->probes, &b->sites, &b->stacks, per_call);
  } else {
    uint32_t n = razor_probe_count();
    for (uint32_t i = 1; i <= n; i++) {
      struct razor_probe *p = razor_probe_get(i);
      /* A `clear` probe's shadows are its calls, reported as it. */
      if (p && p->valid && !p->parent && !atomic_load(&p->destroyed) &&
          (razor_flags.fmt != RAZOR_FORMAT_TEXT || p->calls || p->all_calls ||
           trigger_on(p)))
        snap_probe(p, &b->probes, &b->sites, &b->stacks, per_call);
    }
  }
  struct snap_probe *sp = b->probes.data;
  b->findings = 0;
  for (size_t i = 0; i < b->probes.len; i++) {
    filter(&sp[i], b->sites.data);
    b->findings += sp[i].findings;
  }
}

/* A site's stack as printed: its frames in a vector of tb_frame. */
struct tb_group {
  int64_t bytes, blocks;
  size_t first, n;
  int cut; /* cut at max_frames */
};

static int frame_eq(const struct tb_frame *x, const struct tb_frame *y) {
  /* A frame known by its function's name reads the same at any offset in
   * it (a loop unrolled in main, without -g). */
  return x->line == y->line && x->column == y->column &&
         x->inlined == y->inlined &&
         (x->file[0] || x->function[0] || x->offset == y->offset) &&
         !strcmp(x->function, y->function) && !strcmp(x->file, y->file) &&
         !strcmp(x->module, y->module);
}

static int group_cmp(const void *a, const void *b) {
  const struct tb_group *x = a, *y = b;
  if (x->bytes != y->bytes)
    return x->bytes > y->bytes ? -1 : 1;
  if (x->blocks != y->blocks)
    return x->blocks > y->blocks ? -1 : 1;
  return x->first < y->first ? -1 : x->first > y->first;
}

/* Site S's stacks (ST, symbolized in B->syms) into the model of RS: each
 * as printed, those that print the same merged, largest first, at most
 * MODEL_MAX_STACKS (the first, the largest, is also the site's
 * "traceback"); a site with none shows its own frame alone. */
static void model_stacks(struct report_build *b, const struct snap_site *s,
                         const struct snap_stack *st,
                         struct razor_rep_site *rs, int debug) {
  static struct tb_frame fr[TB_MAX];
  struct razor_vec frames = {.elsize = sizeof(struct tb_frame)};
  struct razor_vec groups = {.elsize = sizeof(struct tb_group)};
  rs->has_stacks = 1;
  rs->stack_blocks = s->sblocks;
  struct tb_ctx cx = {&b->syms, &b->spell, &b->tnames, &b->pool,
                      b->funcs, b->nfuncs};
  for (size_t g = 0; g < (s->sn ? s->sn : 1); g++) {
    int cut = 0;
    size_t nf = trace_frames(s, s->sn ? st[s->sfirst + g].id : 0, &cx, debug,
                             fr, &cut);
    struct tb_group *gs = groups.data, *same = NULL;
    const struct tb_frame *all = frames.data;
    for (size_t k = 0; k < groups.len && !same; k++) {
      size_t f = 0;
      if (gs[k].n == nf && gs[k].cut == cut)
        while (f < nf && frame_eq(&all[gs[k].first + f], &fr[f]))
          f++;
      if (gs[k].n == nf && gs[k].cut == cut && f == nf)
        same = &gs[k];
    }
    if (!same) {
      size_t first = frames.len, f = 0;
      for (; f < nf; f++) {
        struct tb_frame *e = razor_vec_push(&frames);
        if (!e)
          break;
        *e = fr[f];
      }
      if (!(same = razor_vec_push(&groups)))
        break;
      *same = (struct tb_group){0, 0, first, f, cut};
    }
    if (s->sn) {
      same->bytes += st[s->sfirst + g].bytes;
      same->blocks += st[s->sfirst + g].blocks;
    }
  }
  struct tb_group *gs = groups.data;
  const struct tb_frame *all = frames.data;
  if (groups.len)
    qsort(gs, groups.len, sizeof *gs, group_cmp);
  size_t keep = groups.len < MODEL_MAX_STACKS ? groups.len : MODEL_MAX_STACKS;
  rs->stacks_more = s->smore + (groups.len - keep);
  for (size_t g = 0; g < keep; g++) {
    struct razor_rep_stack *rk = s->sn ? razor_vec_push(&b->rstacks) : NULL;
    if (rk) {
      uint32_t mf = gs[g].cut ? (uint32_t)razor_flags.max_frames : 0;
      *rk = (struct razor_rep_stack){gs[g].bytes, gs[g].blocks, NULL, 0, mf};
      rs->nstacks++;
    }
    for (size_t f = 0; f < gs[g].n; f++) {
      const struct tb_frame *e = &all[gs[g].first + f];
      struct razor_rep_frame *rf = razor_vec_push(&b->rframes);
      if (!rf)
        break;
      *rf = (struct razor_rep_frame){e->function, e->file,   e->module,
                                     e->dir,      e->line,   e->column,
                                     e->inlined,  e->offset};
      if (rk)
        rk->nframes++;
      if (!g)
        rs->nframes++;
    }
  }
  razor_vec_release(&frames);
  razor_vec_release(&groups);
}

/* B's table of file spellings (see "one spelling per file"): the
 * report's probes, sites and their `via` first, in report order; with
 * RECORDS (the report has stacks), every record of the program after
 * (probes, sites, then the function records' files). */
static void report_spellings(struct report_build *b, int records) {
  struct snap_probe *sp = b->probes.data;
  struct snap_site *ss = b->sites.data;
  uint32_t ns = records ? razor_site_count() : 0,
           np = records ? razor_probe_count() : 0;
  size_t nf = records ? b->nfuncs : 0;
  spell_init(&b->spell, ns + np + nf + b->probes.len + 2 * b->sites.len +
                            b->syms.frames.len);
  for (size_t i = 0; i < b->probes.len; i++) {
    const char *f = nz(sp[i].p->file), *d = nz(sp[i].p->dir);
    spell(&b->spell, &f, &d);
    for (size_t k = 0; k < sp[i].n; k++) {
      const struct snap_site *s = &ss[sp[i].first + k];
      const struct razor_site *r[2] = {s->rec, s->via};
      for (int e = 0; e < 2; e++) {
        if (!r[e] || !razor_site_located(r[e]))
          continue;
        f = razor_site_str(r[e], file);
        d = razor_site_str(r[e], dir);
        spell(&b->spell, &f, &d);
      }
    }
  }
  for (uint32_t i = 1; i <= np; i++) {
    struct razor_probe *p = razor_probe_get(i);
    const char *f = p ? nz(p->file) : "", *d = p ? nz(p->dir) : "";
    spell(&b->spell, &f, &d);
  }
  for (uint32_t id = 1; id <= ns; id++) {
    struct razor_site *r = razor_site_get(id);
    if (!r || !razor_site_located(r))
      continue;
    const char *f = razor_site_str(r, file), *d = razor_site_str(r, dir);
    spell(&b->spell, &f, &d);
  }
  const struct razor_file *last = NULL;
  for (size_t i = 0; i < nf; i++) {
    const struct razor_file *w = razor_func_file(b->funcs[i].rec);
    if (w == last)
      continue;
    last = w;
    const char *f = razor_file_str(w, file), *d = razor_file_str(w, dir);
    spell(&b->spell, &f, &d);
  }
}

/* The function the "via" record VIA of site R names: a return address
 * its block's allocation went back to (razor_via_pc) is named here, from
 * the symbol tables: the function it lies in, unless that is R's own
 * function (the call was through a pointer to the allocation function)
 * or none is known: then the allocation function. */
static const char *via_function(struct report_build *b,
                                const struct razor_site *via,
                                const struct razor_site *r) {
  const char *fn = razor_site_str(via, function);
  uintptr_t pc = razor_via_pc(fn);
  char name[1024];
  if (!pc)
    return fn;
  if (!razor_function_at(pc - 1, name, sizeof name) ||
      same_function(name, razor_site_str(r, function)))
    return razor_kind_name(via->kind);
  const char *kept = pool_strdup(&b->pool, name);
  return kept ? kept : razor_kind_name(via->kind);
}

/* Symbolizes the stacks about to be printed (all in one batch) and builds
 * the model of B's snapshot in B->rep. */
static void build_model(struct report_build *b) {
  struct snap_probe *sp = b->probes.data;
  struct snap_site *ss = b->sites.data;
  struct snap_stack *st = b->stacks.data;
  size_t np = b->probes.len;
  struct razor_vec ids = {.elsize = sizeof(uint32_t)};
  for (size_t i = 0; i < np; i++)
    for (size_t k = 0; (sp[i].p->opts & RAZOR_OPT_TRACEBACK) && k < sp[i].n;
         k++) {
      const struct snap_site *s = &ss[sp[i].first + k];
      for (size_t g = 0; g < s->sn; g++) {
        uint32_t *id = razor_vec_push(&ids);
        if (id)
          *id = st[s->sfirst + g].id;
      }
    }
  if (ids.len) {
    razor_syms_resolve(&b->syms, ids.data, ids.len);
    b->funcs = razor_funcs_table(&b->nfuncs);
  }
  report_spellings(b, ids.len != 0);
  if (ids.len)
    template_names(&b->tnames);
  razor_vec_release(&ids);

  b->rprobes.elsize = sizeof(struct razor_rep_probe);
  b->rsites.elsize = sizeof(struct razor_rep_site);
  b->rframes.elsize = sizeof(struct razor_rep_frame);
  b->rstacks.elsize = sizeof(struct razor_rep_stack);
  for (size_t i = 0; i < np; i++) {
    const struct razor_probe *p = sp[i].p;
    struct razor_rep_probe *rp = razor_vec_push(&b->rprobes);
    if (!rp)
      break;
    int debug = (p->opts & RAZOR_OPT_DEBUG) != 0;
    int traceback = (p->opts & RAZOR_OPT_TRACEBACK) != 0;
    *rp = (struct razor_rep_probe){
        .function = nz(p->name), .trigger = nz(p->trigger),
        .file = nz(p->file), .line = p->line, .calls = sp[i].calls,
        .judged = sp[i].judged, .min_calls = sp[i].min_calls,
        .warmup = p->warmup, .debug = debug, .traceback = traceback};
    const char *pdir = nz(p->dir);
    spell(&b->spell, &rp->file, &pdir);
    for (size_t k = 0; k < sp[i].n; k++) {
      const struct snap_site *s = &ss[sp[i].first + k];
      const struct razor_site *r = s->rec;
      struct razor_rep_site *rs = razor_vec_push(&b->rsites);
      if (!rs)
        break;
      unsigned kind = s->via && r->kind != RAZOR_KIND_POOL_CHUNK
                          ? s->via->kind
                          : r->kind;
      *rs = (struct razor_rep_site){
          .file = razor_site_str(r, file), .dir = razor_site_str(r, dir), .function = razor_site_str(r, function),
          .source = razor_site_str(r, source), .kind = razor_kind_name(kind),
          .line = r->line, .column = r->column,
          .counted = razor_kind_counted(kind), .total = s->total,
          .blocks = s->blocks, .reclaimed = s->reclaimed,
          .finding = s->finding,
          .s = {s->samples, s->nsamples, s->ncalls, s->has_kept,
                s->middle_call, s->end_samples, s->kept_middle, s->kept_end},
          .has_traceback = traceback};
      spell(&b->spell, &rs->file, &rs->dir);
      if (s->via) {
        /* A block from code built without the plugin: the function the
         * user called is all that is known. */
        rs->has_via = 1;
        int located = razor_site_located(s->via);
        const char *via_fn = via_function(b, s->via, r);
        rs->via_file = located ? razor_site_str(s->via, file) : NULL;
        rs->via_function = located || via_fn[0] ? via_fn
                                                : razor_site_str(r, callee);
        rs->via_line = s->via->line;
        const char *vdir = razor_site_str(s->via, dir);
        if (rs->via_file)
          spell(&b->spell, &rs->via_file, &vdir);
        /* Charged to a call of an allocation wrapper: that call's callee,
         * or (a wrapper of another unit) the callee of the user's call
         * that a wrapper's allocation was charged to. */
        if (r->kind == RAZOR_KIND_CALL && razor_site_str(r, callee)[0] &&
            ((r->flags & RAZOR_SITE_WRAPPER_CALL) ||
             (s->via->flags & RAZOR_SITE_WRAPPED)))
          rs->via_wrapper = razor_site_str(r, callee);
      }
      if (traceback)
        model_stacks(b, s, st, rs, debug);
      rp->nsites++;
    }
  }
  /* Every array is complete: point into them. */
  struct razor_rep_probe *rp = b->rprobes.data;
  struct razor_rep_site *rs = b->rsites.data;
  struct razor_rep_frame *rf = b->rframes.data;
  struct razor_rep_stack *rk = b->rstacks.data;
  for (size_t i = 0, site = 0, frame = 0, stack = 0; i < b->rprobes.len;
       i++) {
    rp[i].sites = rs + site;
    for (size_t k = 0; k < rp[i].nsites; k++, site++) {
      rs[site].frames = rf + frame;
      rs[site].stacks = rk + stack;
      if (!rs[site].nstacks)
        frame += rs[site].nframes;
      for (size_t g = 0; g < rs[site].nstacks; g++, stack++) {
        rk[stack].frames = rf + frame;
        frame += rk[stack].nframes;
      }
    }
  }
  b->rep = (struct razor_rep){.pid = (long)getpid(),
                              .dropped = atomic_load(&razor_dropped),
                              .probes = rp, .nprobes = b->rprobes.len};
}

RAZOR_RESIDENT static void build_release(struct report_build *b) {
  razor_vec_release(&b->probes);
  razor_vec_release(&b->sites);
  razor_vec_release(&b->stacks);
  razor_vec_release(&b->rprobes);
  razor_vec_release(&b->rstacks);
  razor_vec_release(&b->rsites);
  razor_vec_release(&b->rframes);
  razor_syms_release(&b->syms);
  spell_release(&b->spell);
  razor_vec_release(&b->tnames);
  pool_release(&b->pool);
}

/* Renders report R in the configured format to O.  FMT: RAZOR_FORMAT_*. */
static void render(FILE *o, const struct razor_rep *r, int fmt) {
  if (fmt == RAZOR_FORMAT_JSON) {
    razor_render_json(o, r);
  } else if (fmt == RAZOR_FORMAT_HTML || fmt == RAZOR_FORMAT_SARIF) {
    /* Paths relative to the source root: `here`, else the working
     * directory. */
    char cwd[PATH_MAX];
    struct razor_render_opts ro = {razor_flags.here_real, NULL};
    if (!ro.source_root && getcwd(cwd, sizeof cwd))
      ro.source_root = cwd;
    if (fmt == RAZOR_FORMAT_HTML)
      razor_render_html(o, r, 1, &ro);
    else
      razor_render_sarif(o, r, 1, &ro);
  } else {
    razor_render_text(o, r);
  }
}

/* A report's hold on the runtime: the thread's guard set, its releases
 * by signal handlers taken first, and the report lock.  A thread that
 * never called into the runtime has nothing of its own to take, and
 * needs no block for this: it borrows the shared one that says "inside"
 * (razor_tls_inside), which is never written (other threads may be
 * borrowing it); a signal handler's release meanwhile cannot be deferred
 * there and is counted as dropped. */
struct report_hold {
  struct razor_tls *t; /* NULL: borrowed */
  int saved_guard;
};

RAZOR_RESIDENT static void report_enter(struct report_hold *h) {
  h->t = razor_tls_self ? razor_tls_get() : NULL;
  if (!h->t)
    razor_tls_inside();
  razor_account_drain(); /* (unless inside) */
  if (h->t) {
    h->saved_guard = h->t->guard;
    h->t->guard = 1;
  }
  pthread_mutex_lock(&report_mutex);
}

RAZOR_RESIDENT static void report_leave(struct report_hold *h) {
  pthread_mutex_unlock(&report_mutex);
  if (h->t)
    h->t->guard = h->saved_guard;
  else
    razor_tls_give_back();
}

/* Writes a report of probe ONLY (NULL: every probe) to OUT (NULL: the
 * configured output, opened for appending now; for html and sarif, which
 * are one document a file, rewritten).  KIND says which report this is
 * (see enum razor_report_kind).  Returns the number of findings.  Writes
 * nothing when the tracer is disabled.  Never holds a runtime lock while
 * calling stdio. */
RAZOR_RESIDENT int razor_report_write(struct razor_probe *only, FILE *out,
                       enum razor_report_kind kind) {
  if (atomic_load(&razor_disabled))
    return 0;
  struct report_hold h;
  report_enter(&h);
  struct report_build b;
  memset(&b, 0, sizeof b);
  build_snapshot(&b, only, kind == RAZOR_RK_CALL);
  int fmt = razor_flags.fmt;
  /* JSON, HTML and SARIF always; text whenever a probe is in it, and after
   * every sampled call with report=call. */
  int write = kind != RAZOR_RK_COUNT &&
              (fmt != RAZOR_FORMAT_TEXT || kind == RAZOR_RK_CALL ||
               b.probes.len > 0);
  if (write) {
    build_model(&b);
    FILE *o = out, *opened = NULL;
    sigset_t mask;
    if (!o) {
      if (razor_flags.out_kind == RAZOR_OUT_STDOUT)
        o = stdout;
      else if (razor_flags.out_kind == RAZOR_OUT_PATH)
        o = opened = razor_output_open(
            fmt == RAZOR_FORMAT_HTML || fmt == RAZOR_FORMAT_SARIF, &mask);
      else
        o = stderr;
    }
    if (o) {
      render(o, &b.rep, fmt);
      /* A report that cannot be written (a full disk, /dev/full) is
       * said, in one line, not lost without a word. */
      int failed = ferror(o);
      failed |= opened ? razor_output_close(opened, &mask) != 0
                       : fflush(o) != 0;
      if (failed)
        report_write_failed(out);
    } else {
      report_write_failed(out);
    }
  }
  int findings = b.findings;
  build_release(&b);
  report_leave(&h);
  return findings;
}

/* Builds the text-free model of probe P's report (as razor_report_write
 * would write it) and calls FN with it and ARG, then releases it.  Returns
 * the number of findings; -1 when the tracer is disabled (FN not called).
 * FN runs under the report lock with the thread's guard set: it may write
 * to stdio but must not report. */
int razor_report_with(struct razor_probe *p,
                      void (*fn)(const struct razor_rep *, void *), void *arg) {
  if (atomic_load(&razor_disabled))
    return -1;
  struct report_hold h;
  report_enter(&h);
  struct report_build b;
  memset(&b, 0, sizeof b);
  build_snapshot(&b, p, 0);
  build_model(&b);
  fn(&b.rep, arg);
  int findings = b.findings;
  build_release(&b);
  report_leave(&h);
  return findings;
}

/* Fork handlers: the report lock is taken before the probes' (a report
 * holds it while it takes them) and given back in parent and child. */
RAZOR_RESIDENT void razor_report_fork_lock(int lock) {
  if (lock)
    pthread_mutex_lock(&report_mutex);
  else
    pthread_mutex_unlock(&report_mutex);
}
