/* razor_report.c - the reports.  A snapshot of the probes' counters is
 * taken into plain structs (under each probe's lock, in mmap memory), then
 * filtered, sorted and rendered as text or JSON with no lock held. */
#include <fnmatch.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "razor_account.h"
#include "razor_probe.h"
#include "razor_flags.h"
#include "razor_report.h"
#include "razor_stack.h"
#include "razor_symbolize.h"
#include "razor_tls.h"

/* At most this many samples are printed per site (first and last kept). */
#define RAZOR_MAX_PRINTED 64

struct snap_site {
  struct razor_site *rec;
  struct razor_site *via; /* where in a system header it really happened */
  int64_t total, blocks;
  int reclaimed, finding;
  uint32_t stack; /* depot id of the traceback; 0: none */
  uint32_t nsamples;
  int64_t samples[RAZOR_MAX_PRINTED];
};

struct snap_probe {
  struct razor_probe *p;
  uint64_t calls;
  size_t first, n; /* its sites in the site vector */
  int findings;
};

static const char *const kind_names[] = {
#define RAZOR_FN(NAME, ROLE, DISPLAY) DISPLAY,
#include "razor_fns.def"
};

static const char *kind_name(unsigned k) {
  if (k == RAZOR_KIND_CALL)
    return "call";
  return k < RAZOR_KIND_COUNT ? kind_names[k] : "unknown";
}

static const char *nz(const char *s) {
  return s ? s : "";
}

/* ---- verdict ---- */

static int is_finding(const struct razor_counter *c, uint64_t n,
                      unsigned opts) {
  if (n == 0)
    return 0;
  int64_t sn = c->last_bytes;
  if ((opts & RAZOR_OPT_CLEAR) && n == 1)
    return sn > 0;
  if (n == 1)
    return 0;
  if (!(sn > razor_counter_value_at(c, (n + 1) / 2)))
    return 0;
  return (opts & RAZOR_OPT_NOSTRICT) || !c->reclaimed;
}

/* ---- filters (report time only) ---- */

static void abs_path(const struct razor_site *r, char *out, size_t n) {
  const char *f = nz(r->file);
  if (f[0] == '/' || !r->dir || !r->dir[0])
    snprintf(out, n, "%s", f);
  else
    snprintf(out, n, "%s/%s", r->dir, f);
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
  const char *file = nz(r->file), *base = strrchr(file, '/');
  base = base ? base + 1 : file;
  for (size_t i = 0; i < razor_flags.nsupp; i++) {
    const struct razor_suppression *s = &razor_flags.supp[i];
    if (s->is_function) {
      if (!fnmatch(s->glob, nz(r->function), 0))
        return 1;
    } else if ((!fnmatch(s->glob, file, 0) || !fnmatch(s->glob, base, 0)) &&
               (!s->line || s->line == r->line)) {
      return 1;
    }
  }
  return 0;
}

/* ---- snapshot ---- */

static void snap_probe(struct razor_probe *p, struct razor_vec *probes,
                       struct razor_vec *sites) {
  struct snap_probe *sp = razor_vec_push(probes);
  if (!sp)
    return;
  sp->p = p;
  sp->first = sites->len;
  razor_lock_acquire(&p->lock);
  uint64_t n = sp->calls = p->calls;
  int debug = (p->opts & RAZOR_OPT_DEBUG) != 0;
  for (struct razor_counter *c =
           atomic_load_explicit(&p->counters, memory_order_acquire);
       c && n; c = c->next) {
    int fin = is_finding(c, n, p->opts);
    if (!fin && !(debug && c->last_bytes > 0))
      continue;
    struct snap_site *s = razor_vec_push(sites);
    if (!s)
      break;
    s->rec = razor_site_get(c->site);
    s->via = razor_site_via(c->site);
    s->total = c->last_bytes;
    s->blocks = c->last_blocks;
    s->reclaimed = c->reclaimed;
    s->stack = atomic_load_explicit(&c->stack, memory_order_relaxed);
    s->finding = fin;
    if (n <= RAZOR_MAX_PRINTED) {
      s->nsamples = (uint32_t)n;
      for (uint64_t j = 1; j <= n; j++)
        s->samples[j - 1] = razor_counter_value_at(c, j);
    } else {
      s->nsamples = RAZOR_MAX_PRINTED;
      for (uint64_t i = 0; i < RAZOR_MAX_PRINTED; i++) {
        uint64_t j = 1 + (i * (n - 1) + (RAZOR_MAX_PRINTED - 1) / 2) /
                             (RAZOR_MAX_PRINTED - 1);
        s->samples[i] = razor_counter_value_at(c, j);
      }
    }
  }
  razor_lock_release(&p->lock);
  sp->n = sites->len - sp->first;
}

static int site_cmp(const void *a, const void *b) {
  const struct snap_site *x = a, *y = b;
  if (x->total != y->total)
    return x->total > y->total ? -1 : 1;
  int c = strcmp(x->rec ? nz(x->rec->file) : "", y->rec ? nz(y->rec->file) : "");
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

/* ---- rendering helpers ---- */

/* The source text of R: the record's, else the line read from the file,
 * else NULL.  BUF receives a file's line. */
static const char *source_of(const struct razor_site *r, char *buf, size_t n) {
  if (r->source && r->source[0])
    return r->source;
  if (!r->line)
    return NULL;
  char path[PATH_MAX];
  abs_path(r, path, sizeof path);
  FILE *f = fopen(path, "re");
  if (!f)
    return NULL;
  char *line = NULL;
  size_t cap = 0;
  ssize_t len = 0;
  for (uint32_t i = 0; i < r->line && len >= 0; i++)
    len = getline(&line, &cap, f);
  fclose(f);
  const char *res = NULL;
  if (len > 0) {
    char *a = line, *e = line + len;
    while (a < e && (*a == ' ' || *a == '\t'))
      a++;
    while (e > a && (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' ' ||
                     e[-1] == '\t'))
      e--;
    snprintf(buf, n, "%.*s", (int)(e - a), a);
    res = buf;
  }
  free(line);
  return res;
}

static void json_str(FILE *o, const char *s) {
  const unsigned char *p = (const unsigned char *)nz(s);
  fputc('"', o);
  while (*p) {
    unsigned c = *p;
    if (c == '"' || c == '\\') {
      fputc('\\', o);
      fputc((int)c, o);
      p++;
    } else if (c < 0x20 || c == 0x7f) {
      if (c == '\n')
        fputs("\\n", o);
      else if (c == '\t')
        fputs("\\t", o);
      else
        fprintf(o, "\\u%04x", c);
      p++;
    } else if (c < 0x80) {
      fputc((int)c, o);
      p++;
    } else {
      /* Validate one UTF-8 sequence; anything else becomes U+FFFD. */
      int len = c >= 0xf0 && c <= 0xf4   ? 4
                : c >= 0xe0              ? (c <= 0xef ? 3 : 0)
                : c >= 0xc2 && c <= 0xdf ? 2
                                         : 0;
      int ok = len > 0;
      for (int i = 1; ok && i < len; i++)
        ok = (p[i] & 0xc0) == 0x80;
      if (ok && len == 3) {
        if ((c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] > 0x9f))
          ok = 0;
      } else if (ok && len == 4) {
        if ((c == 0xf0 && p[1] < 0x90) || (c == 0xf4 && p[1] > 0x8f))
          ok = 0;
      }
      if (ok) {
        fwrite(p, 1, (size_t)len, o);
        p += len;
      } else {
        fputs("\\ufffd", o);
        p++;
      }
    }
  }
  fputc('"', o);
}

static void json_double(FILE *o, double d) {
  char buf[64];
  snprintf(buf, sizeof buf, "%.15g", d);
  fputs(buf, o);
  if (!strpbrk(buf, ".eEn"))
    fputs(".0", o);
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

/* True when NAME (a symbolizer's, maybe with parameters) names the same
 * function as SITE_FN (a site record's). */
static int same_function(const char *name, const char *site_fn) {
  size_t a = strcspn(name, "("), b = strcspn(site_fn, "(");
  return a && a == b && !strncmp(name, site_fn, a);
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
  if (!fn[0] || same_function(fn, nz(r->function)))
    return 1;
  return f->file && f->line == r->line &&
         !strcmp(base_name(razor_syms_str(sy, f->file)), base_name(nz(r->file)));
}

/* FILE (a symbolizer's absolute path) as the compiler saw it when it lies
 * under DIR, the compilation directory of the site's record: relative to
 * it, as the record's own path is.  Otherwise FILE. */
static const char *as_compiled(const char *file, const char *dir) {
  size_t n = dir ? strlen(dir) : 0;
  if (n && file[0] == '/' && !strncmp(file, dir, n) && file[n] == '/' &&
      file[n + 1])
    return file + n + 1;
  return file;
}

/* True for a frame of the C start-up code that runs before main, or one
 * nothing at all is known of. */
static int startup_frame(const struct razor_syms *sy,
                         const struct razor_frame *f) {
  const char *fn = f->function ? razor_syms_str(sy, f->function) : "";
  return !*fn || !strcmp(fn, "_start") || !strncmp(fn, "__libc_start", 12);
}

/* The frames of site S's traceback into OUT (at most TB_MAX), innermost
 * first; returns how many.  #0 always comes from the site's static record
 * (exact file:line:column, no symbolizer or -g needed).  The recorded
 * return addresses follow, resolved in SY, without the frame #0 stands for:
 * the innermost frame of the first address; for a block charged to the
 * user's call into other code (S->via), every frame up to the user's
 * function.  Unless DEBUG, frames of the runtime, of the system's
 * libraries (/lib, /usr/lib: libc, libstdc++), frames with neither a
 * function name nor a source location, and the C start-up code before main
 * are left out; a frame with a name but no location (code built without
 * -g) shows as module+offset. */
static size_t trace_frames(const struct snap_site *s,
                           const struct razor_syms *sy, int debug,
                           struct tb_frame *out) {
  const struct razor_site *r = s->rec;
  out[0] = (struct tb_frame){nz(r->function), nz(r->file), "", nz(r->dir),
                             r->line, r->column, 0, 0};
  size_t n = 1;
  uint32_t npc = 0;
  const uintptr_t *pcs = sy ? razor_depot_get(s->stack, &npc) : NULL;
  /* Where the recorded frames start: (address index, frame index). */
  uint32_t sj = 0;
  size_t sk = 1;
  if (npc && s->via) {
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
    if (razor_syms_frames(sy, pcs[0], &f) && !at_site(sy, &f[0], r))
      sk = 0;
  }
  for (uint32_t j = sj; j < npc && n < TB_MAX; j++) {
    const struct razor_frame *f;
    size_t c = razor_syms_frames(sy, pcs[j], &f);
    for (size_t k = j == sj ? sk : 0; k < c && n < TB_MAX; k++) {
      if (!debug && (f[k].runtime || f[k].system ||
                     (!f[k].file && startup_frame(sy, &f[k]))))
        continue;
      out[n++] = (struct tb_frame){
          razor_syms_str(sy, f[k].function),
          as_compiled(razor_syms_str(sy, f[k].file), r->dir),
          razor_syms_str(sy, f[k].module), nz(r->dir), f[k].line, f[k].column,
          f[k].inlined, f[k].offset};
    }
  }
  return n;
}

/* The source line LINE of FILE, trimmed, into BUF; NULL when unreadable. */
static const char *frame_source(const struct tb_frame *f, char *buf,
                                size_t n) {
  struct razor_site tmp = {.line = f->line, .file = f->file, .dir = f->dir};
  return f->file[0] && f->line ? source_of(&tmp, buf, n) : NULL;
}

/* ---- renderers ---- */

static void render_text_probe(FILE *o, const struct snap_probe *sp,
                              const struct snap_site *all,
                              const struct razor_syms *sy) {
  const struct razor_probe *p = sp->p;
  char trig[256];
  if (p->trigger[0])
    snprintf(trig, sizeof trig, "trigger %s", p->trigger);
  else
    snprintf(trig, sizeof trig, "always on");
  fprintf(o, "razortrace: probe %s (%s)", nz(p->name), trig);
  if (p->file && p->file[0])
    fprintf(o, " in %s:%u", p->file, (unsigned)p->line);
  fprintf(o, " \xe2\x80\x94 %llu call%s sampled\n",
          (unsigned long long)sp->calls, sp->calls == 1 ? "" : "s");
  for (size_t i = 0; i < sp->n; i++) {
    const struct snap_site *s = &all[sp->first + i];
    const struct razor_site *r = s->rec;
    char buf[4096];
    const char *src = source_of(r, buf, sizeof buf);
    fprintf(o, "%s line: %u column: %u function: %s command: %s\n",
            nz(r->file), (unsigned)r->line, (unsigned)r->column,
            nz(r->function), src ? src : "(source unavailable)");
    double kb = (double)s->total / 1024.0;
    int counted = razor_kind_counted(s->via ? s->via->kind : r->kind);
    if (counted) /* FILE *, DIR *, descriptors: how many are open */
      fprintf(o,
              "    \xe2\x80\xa2 average open per call: %.4f   \xe2\x80\xa2 open: "
              "%lld\n",
              sp->calls ? (double)s->total / (double)sp->calls : 0.0,
              (long long)s->total);
    else
      fprintf(o,
              "    \xe2\x80\xa2 average kb per call: %.4f   \xe2\x80\xa2 total kb: "
              "%.4f   \xe2\x80\xa2 blocks: %lld\n",
              sp->calls ? kb / (double)sp->calls : 0.0, kb,
              (long long)s->blocks);
    if (s->via && (p->opts & RAZOR_OPT_DEBUG)) {
      if (s->via->file)
        fprintf(o, "    via: %s %s:%u\n", nz(s->via->function),
                s->via->file, (unsigned)s->via->line);
      else
        fprintf(o, "    via: %s\n",
                s->via->function ? s->via->function : nz(r->callee));
    }
    if (p->opts & RAZOR_OPT_TRACEBACK) {
      /* One line per frame, innermost first:
       *   #N FUNCTION FILE:LINE[ (inlined)][ command: SOURCE LINE]
       *   #N FUNCTION MODULE+0xOFFSET        (no source location known)
       * #0 is the site itself; its source is the finding's "command:". */
      static struct tb_frame fr[TB_MAX];
      size_t nf = trace_frames(s, sy, (p->opts & RAZOR_OPT_DEBUG) != 0, fr);
      fprintf(o, "\t\t\t\t\t\t-----trace-----\n");
      for (size_t k = 0; k < nf; k++) {
        fprintf(o, "    #%zu %s ", k, fr[k].function[0] ? fr[k].function : "??");
        if (fr[k].file[0] || !fr[k].module[0])
          fprintf(o, "%s:%u", fr[k].file, (unsigned)fr[k].line);
        else
          fprintf(o, "%s+0x%lx", fr[k].module, (unsigned long)fr[k].offset);
        if (fr[k].inlined)
          fputs(" (inlined)", o);
        const char *fs = k ? frame_source(&fr[k], buf, sizeof buf) : NULL;
        if (fs)
          fprintf(o, " command: %s", fs);
        fputc('\n', o);
      }
    }
    if (p->opts & RAZOR_OPT_DEBUG) {
      fprintf(o, "\t\t\t\t\t\t-----sizes-----\n   ");
      for (uint32_t j = 0; j < s->nsamples; j++)
        if (counted)
          fprintf(o, " %lld", (long long)s->samples[j]);
        else
          fprintf(o, " %.3f", (double)s->samples[j] / 1024.0);
      fputc('\n', o);
    }
  }
}

static void render_json(FILE *o, const struct snap_probe *probes, size_t np,
                        const struct snap_site *all,
                        const struct razor_syms *sy) {
  fprintf(o, "{\"razortrace\": 1, \"pid\": %ld, ", (long)getpid());
  unsigned long dropped = atomic_load(&razor_dropped);
  if (dropped)
    fprintf(o, "\"dropped\": %lu, ", dropped);
  fprintf(o, "\"probes\": [");
  for (size_t i = 0; i < np; i++) {
    const struct snap_probe *sp = &probes[i];
    const struct razor_probe *p = sp->p;
    fputs(i ? ", {\"function\": " : "{\"function\": ", o);
    json_str(o, p->name);
    fputs(", \"trigger\": ", o);
    json_str(o, p->trigger);
    fputs(", \"file\": ", o);
    json_str(o, p->file);
    fprintf(o, ", \"line\": %u, \"calls\": %llu, \"sites\": [",
            (unsigned)p->line, (unsigned long long)sp->calls);
    for (size_t k = 0; k < sp->n; k++) {
      const struct snap_site *s = &all[sp->first + k];
      const struct razor_site *r = s->rec;
      char buf[4096];
      const char *src = source_of(r, buf, sizeof buf);
      fputs(k ? ", {\"file\": " : "{\"file\": ", o);
      json_str(o, r->file);
      fprintf(o, ", \"line\": %u, \"column\": %u, \"function\": ",
              (unsigned)r->line, (unsigned)r->column);
      json_str(o, r->function);
      fputs(", \"source\": ", o);
      json_str(o, src ? src : "");
      unsigned kind = s->via ? s->via->kind : r->kind;
      fputs(", \"kind\": ", o);
      json_str(o, kind_name(kind));
      /* A resource's samples count how many are open; it has no bytes. */
      int counted = razor_kind_counted(kind);
      fprintf(o, ", \"total_bytes\": %lld, \"blocks\": %lld, ",
              counted ? 0ll : (long long)s->total, (long long)s->blocks);
      if (counted)
        fprintf(o, "\"open\": %lld, ", (long long)s->total);
      fputs("\"average_bytes\": ", o);
      json_double(o, sp->calls && !counted
                         ? (double)s->total / (double)sp->calls
                         : 0.0);
      fprintf(o, ", \"reclaimed\": %s, \"samples\": [",
              s->reclaimed ? "true" : "false");
      for (uint32_t j = 0; j < s->nsamples; j++)
        fprintf(o, j ? ", %lld" : "%lld", (long long)s->samples[j]);
      fputc(']', o);
      if (p->opts & RAZOR_OPT_TRACEBACK) {
        /* {"function", "file", "line", "column"} per frame, innermost
         * first; "inlined": true on inlined frames; a frame with no source
         * location has "file" "" and "module" + "offset" instead. */
        static struct tb_frame fr[TB_MAX];
        size_t nf = trace_frames(s, sy, (p->opts & RAZOR_OPT_DEBUG) != 0, fr);
        fputs(", \"traceback\": [", o);
        for (size_t f = 0; f < nf; f++) {
          fputs(f ? ", {\"function\": " : "{\"function\": ", o);
          json_str(o, fr[f].function);
          fputs(", \"file\": ", o);
          json_str(o, fr[f].file);
          fprintf(o, ", \"line\": %u, \"column\": %u", (unsigned)fr[f].line,
                  (unsigned)fr[f].column);
          if (fr[f].inlined)
            fputs(", \"inlined\": true", o);
          if (!fr[f].file[0] && fr[f].module[0]) {
            fputs(", \"module\": ", o);
            json_str(o, fr[f].module);
            fprintf(o, ", \"offset\": %lu", (unsigned long)fr[f].offset);
          }
          fputc('}', o);
        }
        fputc(']', o);
      }
      if (s->via) {
        /* A block from code built without the plugin: the function the
         * user called is all that is known. */
        fputs(", \"via\": {\"function\": ", o);
        json_str(o, s->via->file || s->via->function ? s->via->function
                                                      : r->callee);
        fputs(", \"file\": ", o);
        json_str(o, s->via->file);
        fprintf(o, ", \"line\": %u}", (unsigned)s->via->line);
      }
      fputc('}', o);
    }
    fputs("]}", o);
  }
  fputs("]}\n", o);
}

static pthread_mutex_t report_mutex = PTHREAD_MUTEX_INITIALIZER;

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

/* Writes a report of probe ONLY (NULL: every probe) to OUT (NULL: the
 * configured output, opened for appending now).  KIND says which report
 * this is (see enum razor_report_kind).  Returns the number of findings.
 * Writes nothing when the tracer is disabled.  Never holds a runtime lock
 * while calling stdio. */
int razor_report_write(struct razor_probe *only, FILE *out,
                       enum razor_report_kind kind) {
  if (atomic_load(&razor_disabled))
    return 0;
  struct razor_tls *t = razor_tls_get();
  razor_account_drain(); /* signal handlers' releases (unless inside) */
  int saved_guard = t->guard;
  t->guard = 1;
  pthread_mutex_lock(&report_mutex);

  struct razor_vec probes = {.elsize = sizeof(struct snap_probe)};
  struct razor_vec sites = {.elsize = sizeof(struct snap_site)};
  if (only) {
    if (only->valid && !atomic_load(&only->destroyed))
      snap_probe(only, &probes, &sites);
  } else {
    uint32_t n = razor_probe_count();
    for (uint32_t i = 1; i <= n; i++) {
      struct razor_probe *p = razor_probe_get(i);
      if (p && p->valid && !atomic_load(&p->destroyed))
        snap_probe(p, &probes, &sites);
    }
  }
  struct snap_probe *sp = probes.data;
  struct snap_site *ss = sites.data;
  size_t np = probes.len, sampled = 0, with = 0;
  int findings = 0;
  uint64_t calls = 0;
  int64_t retained = 0;
  for (size_t i = 0; i < np; i++) {
    filter(&sp[i], ss);
    findings += sp[i].findings;
    calls += sp[i].calls;
    sampled += sp[i].calls > 0;
    with += sp[i].findings > 0;
    for (size_t k = 0; k < sp[i].n; k++) {
      const struct snap_site *f = &ss[sp[i].first + k];
      if (f->finding &&
          !razor_kind_counted(f->via ? f->via->kind : f->rec->kind))
        retained += f->total;
    }
  }

  int json = razor_flags.fmt == RAZOR_FORMAT_JSON;
  int write = kind != RAZOR_RK_COUNT &&
              (json ? 1 : kind == RAZOR_RK_CALL ? findings > 0 : sampled > 0);
  /* Symbols only for the stacks about to be printed, all in one batch. */
  struct razor_syms syms = {0};
  if (write) {
    struct razor_vec ids = {.elsize = sizeof(uint32_t)};
    for (size_t i = 0; i < np; i++)
      for (size_t k = 0; (sp[i].p->opts & RAZOR_OPT_TRACEBACK) && k < sp[i].n;
           k++) {
        uint32_t *id = ss[sp[i].first + k].stack ? razor_vec_push(&ids) : NULL;
        if (id)
          *id = ss[sp[i].first + k].stack;
      }
    if (ids.len)
      razor_syms_resolve(&syms, ids.data, ids.len);
    razor_vec_release(&ids);
  }
  if (write) {
    FILE *o = out, *opened = NULL;
    sigset_t mask;
    if (!o) {
      if (razor_flags.out_kind == RAZOR_OUT_STDOUT)
        o = stdout;
      else if (razor_flags.out_kind == RAZOR_OUT_PATH)
        o = opened = razor_output_open(&mask);
      else
        o = stderr;
    }
    if (o) {
      if (json) {
        render_json(o, sp, np, ss, &syms);
      } else {
        for (size_t i = 0; i < np; i++)
          if (sp[i].n)
            render_text_probe(o, &sp[i], ss, &syms);
        if (findings)
          fprintf(o,
                  "razortrace: SUMMARY: %d growing site(s) in %zu probe(s), "
                  "%.4f kb retained\n",
                  findings, with, (double)retained / 1024.0);
        else
          fprintf(o,
                  "razortrace: no growing allocation sites (%zu probe(s), "
                  "%llu call(s) sampled)\n",
                  sampled, (unsigned long long)calls);
        unsigned long dropped = atomic_load(&razor_dropped);
        if (dropped)
          fprintf(o,
                  "razortrace: %lu record(s) dropped (the runtime's own "
                  "memory ran out): figures may be low\n",
                  dropped);
      }
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
  razor_vec_release(&probes);
  razor_vec_release(&sites);
  razor_syms_release(&syms);
  pthread_mutex_unlock(&report_mutex);
  t->guard = saved_guard;
  return findings;
}

/* Fork handlers: the report lock is taken before the probes' (a report
 * holds it while it takes them) and given back in parent and child. */
void razor_report_fork_lock(int lock) {
  if (lock)
    pthread_mutex_lock(&report_mutex);
  else
    pthread_mutex_unlock(&report_mutex);
}
