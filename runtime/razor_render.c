/* razor_render.c - the renderers of the report model (razor_render.h):
 * text, JSON, HTML and SARIF.  They read only the model; the runtime
 * (razor_report.c) and razor-report (tools/) both link this file, so a
 * report reads the same whichever wrote it.  No locks, no allocation, no
 * runtime state. */
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "razor_render.h"

static const char *nz(const char *s) {
  return s ? s : "";
}

uint64_t razor_rep_sample_call(uint32_t i, uint32_t nsamples, uint64_t calls) {
  if (nsamples >= calls || nsamples < 2)
    return (uint64_t)i + 1;
  return 1 + ((uint64_t)i * (calls - 1) + (nsamples - 1) / 2) / (nsamples - 1);
}

int razor_rep_findings(const struct razor_rep_probe *p) {
  int n = 0;
  for (size_t i = 0; i < p->nsites; i++)
    n += p->sites[i].finding != 0;
  return n;
}

const char *razor_rep_read_source(const char *file, const char *dir,
                                  uint32_t line, char *buf, size_t n) {
  char path[PATH_MAX];
  if (!file || !line || n == 0)
    return NULL;
  if (file[0] == '/' || !dir || !dir[0])
    snprintf(path, sizeof path, "%s", file);
  else
    snprintf(path, sizeof path, "%s/%s", dir, file);
  /* Regular files only: never a FIFO or a device a report names. */
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  struct stat st;
  if (fd < 0)
    return NULL;
  if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
    close(fd);
    return NULL;
  }
  char chunk[4096];
  uint32_t at = 1; /* the line the next byte belongs to */
  size_t len = 0;
  int found = 0, leading = 1, done = 0;
  ssize_t got;
  while (!done && (got = read(fd, chunk, sizeof chunk)) > 0) {
    for (ssize_t i = 0; i < got && !done; i++) {
      char c = chunk[i];
      if (at < line) {
        at += c == '\n';
        continue;
      }
      found = 1;
      if (c == '\n' || c == 0) {
        done = 1;
      } else if (leading && (c == ' ' || c == '\t')) {
        continue;
      } else {
        leading = 0;
        if (len + 1 < n)
          buf[len++] = c;
        else
          done = 1; /* cut short, as the buffer is */
      }
    }
  }
  close(fd);
  if (!found)
    return NULL;
  while (len && (buf[len - 1] == '\r' || buf[len - 1] == ' ' ||
                 buf[len - 1] == '\t'))
    len--;
  buf[len] = 0;
  return buf;
}

/* The source text of site S: its own, else the line read from its file,
 * else NULL. */
static const char *site_source(const struct razor_rep_site *s, char *buf,
                               size_t n) {
  if (s->source && s->source[0])
    return s->source;
  return razor_rep_read_source(s->file, s->dir, s->line, buf, n);
}

/* The source line of traceback frame F, or NULL. */
static const char *frame_source(const struct razor_rep_frame *f, char *buf,
                                size_t n) {
  return f->file[0] ? razor_rep_read_source(f->file, f->dir, f->line, buf, n)
                    : NULL;
}

/* ---- JSON ---- */

void razor_rep_json_str(FILE *o, const char *s) {
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

/* PREFIX (a separator and a key) and JSON string S. */
static void json_kv(FILE *o, const char *prefix, const char *s) {
  fputs(prefix, o);
  razor_rep_json_str(o, s);
}

/* `"dir"` after a relative FILE: the directory it was compiled in (DIR;
 * nothing when that is unknown), so that a reader elsewhere (razor-report,
 * another tool) finds the file the report names. */
static void json_dir(FILE *o, const char *file, const char *dir) {
  if (nz(file)[0] && file[0] != '/' && nz(dir)[0])
    json_kv(o, ", \"dir\": ", dir);
}

/* Frames F[0..N) as a JSON array: {"function", "file", "line", "column"}
 * per frame, innermost first; "inlined": true on inlined frames; a frame
 * with no source location has "file" "" and its "module" too, and the
 * "offset" in it when nothing else is known of it (no function name). */
static void json_frames(FILE *o, const struct razor_rep_frame *fr, size_t n) {
  fputc('[', o);
  for (size_t f = 0; f < n; f++) {
    const struct razor_rep_frame *e = &fr[f];
    json_kv(o, f ? ", {\"function\": " : "{\"function\": ", e->function);
    json_kv(o, ", \"file\": ", e->file);
    json_dir(o, e->file, e->dir);
    fprintf(o, ", \"line\": %u, \"column\": %u", (unsigned)e->line,
            (unsigned)e->column);
    if (e->inlined)
      fputs(", \"inlined\": true", o);
    if (!nz(e->file)[0] && nz(e->module)[0]) {
      json_kv(o, ", \"module\": ", e->module);
      if (!nz(e->function)[0])
        fprintf(o, ", \"offset\": %llu", (unsigned long long)e->offset);
    }
    fputc('}', o);
  }
  fputc(']', o);
}

static void json_double(FILE *o, double d) {
  char buf[64];
  snprintf(buf, sizeof buf, "%.15g", d);
  fputs(buf, o);
  if (!strpbrk(buf, ".eEn"))
    fputs(".0", o);
}

static void json_samples(FILE *o, const struct razor_rep_series *s) {
  fputs("\"samples\": [", o);
  for (uint32_t j = 0; j < s->nsamples; j++)
    fprintf(o, j ? ", %lld" : "%lld", (long long)s->samples[j]);
  fputc(']', o);
}

/* The verdict's kept memory, for charts (razor_verdict_info): after the
 * keys of the original contract. */
static void json_kept(FILE *o, const struct razor_rep_series *s) {
  if (s->has_kept)
    fprintf(o,
            ", \"middle_call\": %llu, \"kept_middle\": %lld, "
            "\"end_samples\": %llu, \"kept_end\": %lld",
            (unsigned long long)s->middle_call, (long long)s->kept_middle,
            (unsigned long long)s->end_samples, (long long)s->kept_end);
}

static void json_site(FILE *o, const struct razor_rep_probe *p,
                      const struct razor_rep_site *s) {
  char buf[4096];
  const char *src = site_source(s, buf, sizeof buf);
  json_kv(o, "{\"file\": ", s->file);
  json_dir(o, s->file, s->dir);
  fprintf(o, ", \"line\": %u, \"column\": %u, \"function\": ",
          (unsigned)s->line, (unsigned)s->column);
  razor_rep_json_str(o, s->function);
  json_kv(o, ", \"source\": ", src ? src : "");
  json_kv(o, ", \"kind\": ", s->kind);
  /* A resource's samples count how many are open; it has no bytes. */
  fprintf(o, ", \"total_bytes\": %lld, \"blocks\": %lld, ",
          s->counted ? 0ll : (long long)s->total, (long long)s->blocks);
  if (s->counted)
    fprintf(o, "\"open\": %lld, ", (long long)s->total);
  fputs("\"average_bytes\": ", o);
  json_double(o, p->calls && !s->counted
                     ? (double)s->total / (double)p->calls
                     : 0.0);
  fprintf(o, ", \"reclaimed\": %s, ", s->reclaimed ? "true" : "false");
  if (p->debug)
    fprintf(o, "\"finding\": %s, ", s->finding ? "true" : "false");
  json_samples(o, &s->s);
  if (s->has_traceback) {
    /* "traceback": the largest stack's frames (the site's own frame alone
     * when none was recorded).  "stacks": every stack of the blocks
     * retained at the last sample, largest first, with their "bytes",
     * "blocks" and "traceback"; "stacks_more": how many more were left
     * out; "stack_blocks": how many retained blocks have a stack. */
    fputs(", \"traceback\": ", o);
    json_frames(o, s->frames, s->nframes);
    if (s->has_stacks) {
      fputs(", \"stacks\": [", o);
      for (size_t g = 0; g < s->nstacks; g++) {
        const struct razor_rep_stack *k = &s->stacks[g];
        fprintf(o, "%s{\"bytes\": %lld, \"blocks\": %lld, \"traceback\": ",
                g ? ", " : "", (long long)k->bytes, (long long)k->blocks);
        json_frames(o, k->frames, k->nframes);
        /* A stack cut at max_frames says so (absent: complete). */
        if (k->max_frames)
          fprintf(o, ", \"truncated\": true, \"max_frames\": %u",
                  (unsigned)k->max_frames);
        fputc('}', o);
      }
      fprintf(o, "], \"stacks_more\": %llu, \"stack_blocks\": %lld",
              (unsigned long long)s->stacks_more, (long long)s->stack_blocks);
    }
  }
  if (s->has_via) {
    if (s->via_wrapper) {
      json_kv(o, ", \"via\": {\"wrapper\": ", s->via_wrapper);
      json_kv(o, ", \"function\": ", s->via_function);
    } else {
      json_kv(o, ", \"via\": {\"function\": ", s->via_function);
    }
    json_kv(o, ", \"file\": ", s->via_file);
    fprintf(o, ", \"line\": %u}", (unsigned)s->via_line);
  }
  json_kept(o, &s->s);
  if (s->nprocs) {
    /* A merged site: each process's own figures and samples. */
    fputs(", \"processes\": [", o);
    for (size_t i = 0; i < s->nprocs; i++) {
      const struct razor_rep_proc *pr = &s->procs[i];
      fprintf(o,
              "%s{\"pid\": %ld, \"calls\": %llu, \"total\": %lld, "
              "\"blocks\": %lld, \"finding\": %s, \"reclaimed\": %s, ",
              i ? ", " : "", pr->pid, (unsigned long long)pr->s.calls,
              (long long)pr->total, (long long)pr->blocks,
              pr->finding ? "true" : "false", pr->reclaimed ? "true" : "false");
      json_samples(o, &pr->s);
      json_kept(o, &pr->s);
      fputc('}', o);
    }
    fputc(']', o);
  }
  fputc('}', o);
}

void razor_render_json(FILE *o, const struct razor_rep *r) {
  if (r->npids) {
    fputs("{\"razortrace\": 1, \"pids\": [", o);
    for (size_t i = 0; i < r->npids; i++)
      fprintf(o, i ? ", %ld" : "%ld", r->pids[i]);
    fputs("], ", o);
  } else {
    fprintf(o, "{\"razortrace\": 1, \"pid\": %ld, ", r->pid);
  }
  if (r->dropped)
    fprintf(o, "\"dropped\": %lu, ", r->dropped);
  fprintf(o, "\"probes\": [");
  for (size_t i = 0; i < r->nprobes; i++) {
    const struct razor_rep_probe *p = &r->probes[i];
    json_kv(o, i ? ", {\"function\": " : "{\"function\": ", p->function);
    json_kv(o, ", \"trigger\": ", p->trigger);
    json_kv(o, ", \"file\": ", p->file);
    fprintf(o, ", \"line\": %u, \"calls\": %llu, \"sites\": [",
            (unsigned)p->line, (unsigned long long)p->calls);
    for (size_t k = 0; k < p->nsites; k++) {
      if (k)
        fputs(", ", o);
      json_site(o, p, &p->sites[k]);
    }
    /* After the sites: "too-few-calls" (with min_calls), "growing" or
     * "clean"; "warmup" when the probe left calls out. */
    if (!p->judged)
      fprintf(o, "], \"verdict\": \"too-few-calls\", \"min_calls\": %u",
              (unsigned)p->min_calls);
    else
      fprintf(o, "], \"verdict\": \"%s\"",
              razor_rep_findings(p) ? "growing" : "clean");
    if (p->warmup)
      fprintf(o, ", \"warmup\": %u", (unsigned)p->warmup);
    if (p->nprocs) {
      fputs(", \"processes\": [", o);
      for (size_t k = 0; k < p->nprocs; k++)
        fprintf(o, "%s{\"pid\": %ld, \"calls\": %llu, \"verdict\": \"%s\"}",
                k ? ", " : "", p->procs[k].pid,
                (unsigned long long)p->procs[k].calls,
                !p->procs[k].judged       ? "too-few-calls"
                : p->procs[k].findings ? "growing"
                                       : "clean");
      fputc(']', o);
    }
    fputc('}', o);
  }
  fputs("]}\n", o);
}

/* ---- text ---- */

/* Frames F[0..N), one line each, innermost first:
 *   #N FUNCTION FILE:LINE[ (inlined)][ command: SOURCE LINE]
 *   #N FUNCTION FILE                   (built without -g: no line known)
 *   #N FUNCTION MODULE+0xOFFSET        (no source file known)
 * #0 is the site itself; its source is the finding's "command:". */
static void text_frames(FILE *o, const struct razor_rep_frame *fr, size_t n) {
  char buf[4096];
  for (size_t k = 0; k < n; k++) {
    const struct razor_rep_frame *f = &fr[k];
    fprintf(o, "    #%zu %s ", k, f->function[0] ? f->function : "??");
    if (f->file[0] && f->line)
      fprintf(o, "%s:%u", f->file, (unsigned)f->line);
    else if (f->file[0]) /* the symbol table's file: no line known */
      fputs(f->file, o);
    else if (f->module[0] && f->function[0]) /* the symbol table's name */
      fprintf(o, "in %s", f->module);
    else if (f->module[0]) /* nothing else known */
      fprintf(o, "%s+0x%llx", f->module, (unsigned long long)f->offset);
    else
      fputs("??", o);
    if (f->inlined)
      fputs(" (inlined)", o);
    const char *fs = k ? frame_source(f, buf, sizeof buf) : NULL;
    if (fs)
      fprintf(o, " command: %s", fs);
    fputc('\n', o);
  }
}

/* What stack G of site S holds: "0.1250 kb in 8 blocks" ("3 open"). */
static void text_stack_size(FILE *o, const struct razor_rep_site *s,
                            const struct razor_rep_stack *g) {
  if (s->counted)
    fprintf(o, "%lld open", (long long)g->blocks);
  else
    fprintf(o, "%.4f kb in %lld block%s", (double)g->bytes / 1024.0,
            (long long)g->blocks, g->blocks == 1 ? "" : "s");
}

static void text_probe(FILE *o, const struct razor_rep_probe *p) {
  if (p->trigger[0])
    fprintf(o, "razortrace: probe %s (trigger %s)", p->function, p->trigger);
  else
    fprintf(o, "razortrace: probe %s (always on)", p->function);
  if (p->file[0])
    fprintf(o, " in %s:%u", p->file, (unsigned)p->line);
  fprintf(o, " \xe2\x80\x94 %llu call%s sampled", (unsigned long long)p->calls,
          p->calls == 1 ? "" : "s");
  if (p->nprocs > 1)
    fprintf(o, " in %zu processes", p->nprocs);
  if (!p->judged) {
    /* Too few calls to tell growth from noise: said, never guessed. */
    uint64_t judged = p->calls > p->warmup ? p->calls - p->warmup : 0;
    fprintf(o, " \xe2\x80\x94 no verdict: %llu call(s)",
            (unsigned long long)judged);
    if (p->warmup)
      fprintf(o, " after warmup %u", (unsigned)p->warmup);
    fprintf(o, ", min_calls is %u", (unsigned)p->min_calls);
  }
  fputc('\n', o);
  for (size_t i = 0; i < p->nsites; i++)
    razor_render_text_site(o, p, &p->sites[i]);
}

void razor_render_text_site(FILE *o, const struct razor_rep_probe *p,
                            const struct razor_rep_site *s) {
  char buf[4096];
  const char *src = site_source(s, buf, sizeof buf);
  fprintf(o, "%s line: %u column: %u function: %s command: %s\n", s->file,
          (unsigned)s->line, (unsigned)s->column, s->function,
          src ? src : "(source unavailable)");
  double kb = (double)s->total / 1024.0;
  if (s->counted) /* FILE *, DIR *, descriptors: how many are open */
    fprintf(o,
            "    \xe2\x80\xa2 average open per call: %.4f   \xe2\x80\xa2 open: "
            "%lld",
            p->calls ? (double)s->total / (double)p->calls : 0.0,
            (long long)s->total);
  else
    fprintf(o,
            "    \xe2\x80\xa2 average kb per call: %.4f   \xe2\x80\xa2 total kb: "
            "%.4f   \xe2\x80\xa2 blocks: %lld",
            p->calls ? kb / (double)p->calls : 0.0, kb,
            (long long)s->blocks);
  /* Where the memory really came from, on the same line: the wrapper
   * called, then the allocation that really happened. */
  if (s->has_via) {
    fputs("   \xe2\x80\xa2 via: ", o);
    if (s->via_wrapper)
      fprintf(o, "wrapper %s, ", s->via_wrapper);
    if (s->via_file)
      fprintf(o, "%s %s:%u", s->via_function, s->via_file,
              (unsigned)s->via_line);
    else
      fputs(s->via_function, o);
  }
  /* A custom allocator's chunks (never a finding): say so, next to its
   * blocks' finding on the same line. */
  if (s->kind && !strcmp(s->kind, "pool-chunk"))
    fprintf(o, "   \xe2\x80\xa2 pool-chunk");
  if (p->debug)
    fprintf(o, "   \xe2\x80\xa2 finding: %s", s->finding ? "yes" : "no");
  fputc('\n', o);
  if (s->has_traceback) {
    /* The stacks of the blocks retained at the last sample, largest
     * first: the first RAZOR_REP_TEXT_STACKS, each headed by what it
     * holds, then how many more.  Blocks allocated before the site was
     * seen to grow have no stack: the first line says how many do. */
    fprintf(o, "\t\t\t\t\t\t-----trace-----\n");
    if (!s->has_stacks) {
      text_frames(o, s->frames, s->nframes);
    } else {
      uint64_t all = s->nstacks + s->stacks_more;
      fprintf(o, "    stacks recorded for %lld of %lld retained %s\n",
              (long long)s->stack_blocks, (long long)s->blocks,
              s->counted ? "resources" : "blocks");
      if (!s->nstacks)
        text_frames(o, s->frames, s->nframes);
      size_t shown = s->nstacks < RAZOR_REP_TEXT_STACKS ? s->nstacks
                                                       : RAZOR_REP_TEXT_STACKS;
      for (size_t g = 0; g < shown; g++) {
        fprintf(o, "    stack %zu of %llu: ", g + 1, (unsigned long long)all);
        text_stack_size(o, s, &s->stacks[g]);
        fputc('\n', o);
        text_frames(o, s->stacks[g].frames, s->stacks[g].nframes);
        if (s->stacks[g].max_frames)
          fprintf(o, "    ... more frames (max_frames=%u)\n",
                  (unsigned)s->stacks[g].max_frames);
      }
      if (all > shown)
        fprintf(o, "    ... %llu more stack%s\n",
                (unsigned long long)(all - shown), all - shown == 1 ? "" : "s");
    }
  }
  if (p->debug) {
    fprintf(o, "\t\t\t\t\t\t-----sizes-----\n   ");
    for (uint32_t j = 0; j < s->s.nsamples; j++)
      if (s->counted)
        fprintf(o, " %lld", (long long)s->s.samples[j]);
      else
        fprintf(o, " %.3f", (double)s->s.samples[j] / 1024.0);
    fputc('\n', o);
  }
}

/* Totals over a report: findings, probes with findings, probes sampled,
 * calls, bytes the findings retain. */
struct rep_totals {
  int findings;
  size_t with, sampled, unjudged; /* unjudged: sampled, too few calls */
  uint64_t calls;
  int64_t retained;
};

static struct rep_totals totals(const struct razor_rep *r) {
  struct rep_totals t = {0, 0, 0, 0, 0, 0};
  for (size_t i = 0; i < r->nprobes; i++) {
    const struct razor_rep_probe *p = &r->probes[i];
    int f = razor_rep_findings(p);
    t.findings += f;
    t.with += f > 0;
    t.sampled += p->calls > 0;
    t.unjudged += p->calls > 0 && !p->judged;
    t.calls += p->calls;
    for (size_t k = 0; k < p->nsites; k++)
      if (p->sites[k].finding && !p->sites[k].counted)
        t.retained += p->sites[k].total;
  }
  return t;
}

void razor_render_text(FILE *o, const struct razor_rep *r) {
  for (size_t i = 0; i < r->nprobes; i++)
    if (r->probes[i].nsites || !r->probes[i].judged)
      text_probe(o, &r->probes[i]);
  struct rep_totals t = totals(r);
  if (t.findings)
    fprintf(o,
            "razortrace: SUMMARY: %d growing site(s) in %zu probe(s), "
            "%.4f kb retained\n",
            t.findings, t.with, (double)t.retained / 1024.0);
  else if (t.unjudged == t.sampled && t.sampled)
    /* Nothing was judged: "no growing sites" would be a verdict. */
    fprintf(o,
            "razortrace: no verdict: too few calls (%zu probe(s), %llu "
            "call(s) sampled)\n",
            t.sampled, (unsigned long long)t.calls);
  else if (t.unjudged)
    fprintf(o,
            "razortrace: no growing allocation sites (%zu probe(s), "
            "%llu call(s) sampled); no verdict for %zu probe(s): too few "
            "calls\n",
            t.sampled, (unsigned long long)t.calls, t.unjudged);
  else if (t.sampled)
    fprintf(o,
            "razortrace: no growing allocation sites (%zu probe(s), "
            "%llu call(s) sampled)\n",
            t.sampled, (unsigned long long)t.calls);
  else
    fputs("razortrace: no growing allocation sites (no call sampled)\n", o);
  if (r->dropped)
    fprintf(o,
            "razortrace: %lu record(s) dropped (the runtime's own "
            "memory ran out): figures may be low\n",
            r->dropped);
}

/* ---- HTML ---- */

static void html_esc(FILE *o, const char *s) {
  for (const unsigned char *p = (const unsigned char *)nz(s); *p; p++) {
    switch (*p) {
    case '&': fputs("&amp;", o); break;
    case '<': fputs("&lt;", o); break;
    case '>': fputs("&gt;", o); break;
    case '"': fputs("&quot;", o); break;
    case '\'': fputs("&#39;", o); break;
    default:
      if (*p < 0x20 && *p != '\t' && *p != '\n')
        fputs("\xef\xbf\xbd", o);
      else
        fputc(*p, o);
    }
  }
}

/* V bytes (or, COUNTED, handles) for people: "203 B", "7.93 KiB". */
static const char *amount(int64_t v, int counted, char *buf, size_t n) {
  double a = v < 0 ? -(double)v : (double)v;
  const char *sign = v < 0 ? "-" : "";
  if (counted)
    snprintf(buf, n, "%lld", (long long)v);
  else if (a < 1024)
    snprintf(buf, n, "%s%.0f B", sign, a);
  else if (a < 1024.0 * 1024)
    snprintf(buf, n, "%s%.3g KiB", sign, a / 1024);
  else if (a < 1024.0 * 1024 * 1024)
    snprintf(buf, n, "%s%.3g MiB", sign, a / (1024.0 * 1024));
  else
    snprintf(buf, n, "%s%.3g GiB", sign, a / (1024.0 * 1024 * 1024));
  return buf;
}

/* A tick step near RANGE / 4: 1, 2 or 5 times a power of ten (for bytes
 * from 256 on, a power of two: 512 B, 1 KiB, 1.5 KiB read better). */
static double tick_step(double range, int bytes) {
  double raw = range / 4, step = 1;
  if (bytes && raw >= 256) {
    step = 256;
    while (step * 2 <= raw)
      step *= 2;
    return step;
  }
  while (step * 10 <= raw)
    step *= 10;
  if (step * 5 <= raw)
    step *= 5;
  else if (step * 2 <= raw)
    step *= 2;
  return step;
}

/* The chart geometry (SVG user units). */
enum { CH_W = 640, CH_H = 262, CH_L = 78, CH_R = 620, CH_T = 16, CH_B = 196 };

struct chart {
  double xmin, xmax, ymin, ymax;
};

static double cx(const struct chart *c, double call) {
  return CH_L + (call - c->xmin) * (CH_R - CH_L) / (c->xmax - c->xmin);
}
static double cy(const struct chart *c, double v) {
  return CH_B - (v - c->ymin) * (CH_B - CH_T) / (c->ymax - c->ymin);
}

static const char *const series_colors[] = {"#c0392b", "#2471a3", "#7d3c98",
                                             "#b9770e", "#117a65", "#616a6b"};

static void chart_series(FILE *o, const struct chart *c,
                         const struct razor_rep_series *s, const char *color,
                         int counted, const char *label) {
  char a[32];
  fprintf(o, "<polyline class=\"samples\" fill=\"none\" stroke=\"%s\" "
             "stroke-width=\"2\" points=\"", color);
  for (uint32_t i = 0; i < s->nsamples; i++)
    fprintf(o, "%s%.1f,%.1f", i ? " " : "",
            cx(c, (double)razor_rep_sample_call(i, s->nsamples, s->calls)),
            cy(c, (double)s->samples[i]));
  fputs("\"/>\n", o);
  for (uint32_t i = 0; i < s->nsamples; i++) {
    uint64_t call = razor_rep_sample_call(i, s->nsamples, s->calls);
    fprintf(o, "<circle class=\"sample\" cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" "
               "fill=\"%s\"><title>%s%scall %llu: %s</title></circle>\n",
            cx(c, (double)call), cy(c, (double)s->samples[i]), color, label,
            label[0] ? ", " : "", (unsigned long long)call,
            amount(s->samples[i], counted, a, sizeof a));
  }
  if (!s->has_kept || s->calls < 1)
    return;
  /* The verdict's floor: kept from the middle call on, kept at the end. */
  double last = (double)s->calls;
  double end0 = s->end_samples && s->end_samples <= s->calls
                    ? (double)(s->calls - s->end_samples + 1)
                    : last;
  fprintf(o, "<line class=\"kept-middle\" x1=\"%.1f\" y1=\"%.1f\" "
             "x2=\"%.1f\" y2=\"%.1f\" stroke=\"#555\" stroke-width=\"1.5\" "
             "stroke-dasharray=\"6 4\"><title>kept at the middle "
             "(call %llu on): %s</title></line>\n",
          cx(c, (double)s->middle_call), cy(c, (double)s->kept_middle),
          cx(c, last), cy(c, (double)s->kept_middle),
          (unsigned long long)s->middle_call,
          amount(s->kept_middle, counted, a, sizeof a));
  fprintf(o, "<line class=\"kept-end\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
             "y2=\"%.1f\" stroke=\"#000\" stroke-width=\"3\"><title>kept at "
             "the end (last %llu calls): %s</title></line>\n",
          cx(c, end0 - (end0 == last ? 0.3 : 0)), cy(c, (double)s->kept_end),
          cx(c, last), cy(c, (double)s->kept_end),
          (unsigned long long)s->end_samples,
          amount(s->kept_end, counted, a, sizeof a));
}

/* Widens chart C to hold series S. */
static void chart_fit(struct chart *c, const struct razor_rep_series *s) {
  if ((double)s->calls > c->xmax)
    c->xmax = (double)s->calls;
  for (uint32_t i = 0; i < s->nsamples; i++) {
    double v = (double)s->samples[i];
    c->ymin = v < c->ymin ? v : c->ymin;
    c->ymax = v > c->ymax ? v : c->ymax;
  }
  if (s->has_kept) {
    double v[2] = {(double)s->kept_middle, (double)s->kept_end};
    for (int i = 0; i < 2; i++) {
      c->ymin = v[i] < c->ymin ? v[i] : c->ymin;
      c->ymax = v[i] > c->ymax ? v[i] : c->ymax;
    }
  }
}

/* The SVG chart of site S of probe P: kept bytes (or open handles) after
 * each call, the verdict's floor, the warmup shaded; ID names it. */
static void html_chart(FILE *o, const struct razor_rep_probe *p,
                       const struct razor_rep_site *s, const char *id) {
  struct chart c = {1, 2, 0, 0};
  if (s->nprocs)
    for (size_t i = 0; i < s->nprocs; i++)
      chart_fit(&c, &s->procs[i].s);
  else
    chart_fit(&c, &s->s);
  if (c.ymax <= c.ymin)
    c.ymax = c.ymin + (s->counted ? 1 : 8);
  double ystep = tick_step(c.ymax - c.ymin, !s->counted);
  if (ystep < 1)
    ystep = 1;
  /* Round the range out to whole steps. */
  double lo = 0, hi = 0;
  while (lo > c.ymin)
    lo -= ystep;
  while (hi < c.ymax)
    hi += ystep;
  c.ymin = lo;
  c.ymax = hi > lo ? hi : lo + ystep;
  const char *unit = s->counted ? "open" : "kept bytes";
  fprintf(o,
          "<svg class=\"chart\" id=\"%s\" role=\"img\" "
          "aria-labelledby=\"%s-t\" viewBox=\"0 0 %d %d\" width=\"%d\" "
          "height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">\n"
          "<title id=\"%s-t\">%s after each call of ",
          id, id, CH_W, CH_H, CH_W, CH_H, id, unit);
  html_esc(o, p->function);
  fputs("</title>\n", o);
  fprintf(o, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
             "fill=\"#fbfbfb\" stroke=\"#999\"/>\n",
          CH_L, CH_T, CH_R - CH_L, CH_B - CH_T);
  if (p->warmup)
    fprintf(o, "<rect class=\"warmup\" x=\"%d\" y=\"%d\" width=\"%.1f\" "
               "height=\"%d\" fill=\"#e8e8e8\"><title>warmup: calls 1-%u "
               "are not judged</title></rect>\n",
            CH_L, CH_T,
            cx(&c, (double)p->warmup + 0.5 < c.xmax ? (double)p->warmup + 0.5
                                                    : c.xmax) - CH_L,
            CH_B - CH_T, (unsigned)p->warmup);
  /* y ticks and grid */
  char a[32];
  for (double v = c.ymin; v <= c.ymax + ystep / 2; v += ystep) {
    double y = cy(&c, v);
    fprintf(o, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
               "stroke=\"#ddd\"/><text class=\"tick\" x=\"%d\" y=\"%.1f\" "
               "text-anchor=\"end\" font-size=\"11\">%s</text>\n",
            CH_L, y, CH_R, y, CH_L - 6, y + 4,
            amount((int64_t)v, s->counted, a, sizeof a));
  }
  /* x ticks */
  double xstep = tick_step(c.xmax - c.xmin, 0);
  for (double v = xstep > 1 ? xstep : 1; v <= c.xmax; v += xstep) {
    double x = cx(&c, v);
    fprintf(o, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
               "stroke=\"#999\"/><text class=\"tick\" x=\"%.1f\" y=\"%d\" "
               "text-anchor=\"middle\" font-size=\"11\">%.0f</text>\n",
            x, CH_B, x, CH_B + 4, x, CH_B + 17, v);
  }
  fprintf(o, "<text class=\"axis-label\" x=\"%d\" y=\"%d\" "
             "text-anchor=\"middle\" font-size=\"12\">calls</text>\n",
          (CH_L + CH_R) / 2, CH_B + 33);
  fprintf(o, "<text class=\"axis-label\" x=\"14\" y=\"%d\" "
             "text-anchor=\"middle\" font-size=\"12\" "
             "transform=\"rotate(-90 14 %d)\">%s</text>\n",
          (CH_T + CH_B) / 2, (CH_T + CH_B) / 2,
          s->counted ? "open" : "bytes");
  if (s->nprocs) {
    for (size_t i = 0; i < s->nprocs; i++) {
      char label[40];
      snprintf(label, sizeof label, "pid %ld", s->procs[i].pid);
      chart_series(o, &c, &s->procs[i].s,
                   series_colors[i % (sizeof series_colors /
                                      sizeof series_colors[0])],
                   s->counted, label);
    }
  } else {
    chart_series(o, &c, &s->s, series_colors[0], s->counted, "");
  }
  /* Legend. */
  fprintf(o, "<g class=\"legend\" font-size=\"11\">"
             "<line x1=\"90\" y1=\"%d\" x2=\"110\" y2=\"%d\" stroke=\"%s\" "
             "stroke-width=\"2\"/><text x=\"114\" y=\"%d\">samples</text>"
             "<line x1=\"190\" y1=\"%d\" x2=\"210\" y2=\"%d\" stroke=\"#555\" "
             "stroke-dasharray=\"6 4\"/><text x=\"214\" y=\"%d\">kept at "
             "the middle</text><line x1=\"330\" y1=\"%d\" x2=\"350\" "
             "y2=\"%d\" stroke=\"#000\" stroke-width=\"3\"/><text x=\"354\" "
             "y=\"%d\">kept at the end</text></g>\n",
          CH_H - 12, CH_H - 12, series_colors[0], CH_H - 8, CH_H - 12,
          CH_H - 12, CH_H - 8, CH_H - 12, CH_H - 12, CH_H - 8);
  fputs("</svg>\n", o);
}

static void html_loc(FILE *o, const char *file, uint32_t line, uint32_t col) {
  html_esc(o, file);
  if (line)
    fprintf(o, ":%u", (unsigned)line);
  if (line && col)
    fprintf(o, ":%u", (unsigned)col);
}

/* Frames F[0..N) as a numbered list from #0, each with its source line. */
static void html_frames(FILE *o, const struct razor_rep_frame *fr, size_t n) {
  char buf[4096];
  fputs("<ol start=\"0\">\n", o);
  for (size_t k = 0; k < n; k++) {
    const struct razor_rep_frame *f = &fr[k];
    fputs("<li><code>", o);
    html_esc(o, f->function[0] ? f->function : "??");
    fputs("</code> ", o);
    if (f->file[0] || !f->module[0])
      html_loc(o, f->file, f->line, 0);
    else if (f->function[0]) {
      fputs("in ", o);
      html_esc(o, f->module);
    } else {
      html_esc(o, f->module);
      fprintf(o, "+0x%llx", (unsigned long long)f->offset);
    }
    if (f->inlined)
      fputs(" (inlined)", o);
    const char *fs = k && f->line ? frame_source(f, buf, sizeof buf) : NULL;
    if (fs) {
      fputs("<pre class=\"frame-source\"><code>", o);
      html_esc(o, fs);
      fputs("</code></pre>", o);
    }
    fputs("</li>\n", o);
  }
  fputs("</ol>", o);
}

static void html_site(FILE *o, const struct razor_rep_probe *p,
                      const struct razor_rep_site *s, size_t rep, size_t pi,
                      size_t si) {
  char buf[4096], a[32], b[32], id[64];
  snprintf(id, sizeof id, "chart-%zu-%zu-%zu", rep, pi, si);
  fprintf(o, "<article class=\"%s\">\n<h3><span class=\"loc\">",
          s->finding ? "finding" : "site held");
  html_loc(o, s->file, s->line, s->column);
  fputs("</span> in <code>", o);
  html_esc(o, s->function);
  fprintf(o, "</code>%s</h3>\n", s->finding ? "" : " (not a finding)");
  const char *src = site_source(s, buf, sizeof buf);
  fputs("<pre class=\"source\"><code>", o);
  html_esc(o, src ? src : "(source unavailable)");
  fputs("</code></pre>\n<dl class=\"numbers\">", o);
  fputs("<div><dt>kind</dt><dd>", o);
  html_esc(o, s->kind);
  fputs("</dd></div>", o);
  if (s->counted) {
    fprintf(o, "<div><dt>open</dt><dd>%lld</dd></div>"
               "<div><dt>per call</dt><dd>%.4f</dd></div>",
            (long long)s->total,
            p->calls ? (double)s->total / (double)p->calls : 0.0);
  } else {
    fprintf(o, "<div><dt>kept</dt><dd>%s</dd></div><div><dt>blocks</dt>"
               "<dd>%lld</dd></div><div><dt>per call</dt><dd>%s</dd></div>",
            amount(s->total, 0, a, sizeof a), (long long)s->blocks,
            amount(p->calls ? (int64_t)((double)s->total / (double)p->calls +
                                        0.5)
                            : 0,
                   0, b, sizeof b));
  }
  if (s->s.has_kept) {
    fprintf(o, "<div><dt>kept at the middle (call %llu on)</dt><dd>%s</dd>"
               "</div>",
            (unsigned long long)s->s.middle_call,
            amount(s->s.kept_middle, s->counted, a, sizeof a));
    fprintf(o, "<div><dt>kept at the end (last %llu calls)</dt><dd>%s</dd>"
               "</div>",
            (unsigned long long)s->s.end_samples,
            amount(s->s.kept_end, s->counted, a, sizeof a));
  }
  fprintf(o, "<div><dt>gave kept memory back</dt><dd>%s</dd></div>",
          s->reclaimed ? "yes" : "no");
  if (s->nprocs)
    fprintf(o, "<div><dt>processes</dt><dd>%zu</dd></div>", s->nprocs);
  fputs("</dl>\n", o);
  if (s->has_via) {
    fputs("<p class=\"via\">via ", o);
    if (s->via_wrapper) {
      fputs("wrapper <code>", o);
      html_esc(o, s->via_wrapper);
      fputs("</code>, ", o);
    }
    fputs("<code>", o);
    html_esc(o, s->via_function);
    fputs("</code>", o);
    if (s->via_file) {
      fputs(" at ", o);
      html_loc(o, s->via_file, s->via_line, 0);
    }
    fputs("</p>\n", o);
  }
  html_chart(o, p, s, id);
  if (s->has_traceback && s->has_stacks && s->nstacks) {
    /* Each stack of the retained blocks folded away, largest first. */
    uint64_t all = s->nstacks + s->stacks_more;
    fprintf(o, "<p class=\"meta\">stacks recorded for %lld of %lld retained "
               "blocks</p>\n",
            (long long)s->stack_blocks, (long long)s->blocks);
    for (size_t g = 0; g < s->nstacks; g++) {
      const struct razor_rep_stack *k = &s->stacks[g];
      fprintf(o, "<details class=\"traceback\"><summary>stack %zu of %llu: ",
              g + 1, (unsigned long long)all);
      if (s->counted)
        fprintf(o, "%lld open", (long long)k->blocks);
      else
        fprintf(o, "%.4f kb in %lld block%s", (double)k->bytes / 1024.0,
                (long long)k->blocks, k->blocks == 1 ? "" : "s");
      fprintf(o, " (%zu frame%s)</summary>\n", k->nframes,
              k->nframes == 1 ? "" : "s");
      html_frames(o, k->frames, k->nframes);
      if (k->max_frames)
        fprintf(o, "<p class=\"meta\">... more frames (max_frames=%u)</p>\n",
                (unsigned)k->max_frames);
      fputs("</details>\n", o);
    }
    if (s->stacks_more)
      fprintf(o, "<p class=\"meta\">... %llu more stack%s</p>\n",
              (unsigned long long)s->stacks_more,
              s->stacks_more == 1 ? "" : "s");
  } else if (s->has_traceback) {
    fprintf(o, "<details class=\"traceback\"><summary>traceback (%zu "
               "frame%s)</summary>\n",
            s->nframes, s->nframes == 1 ? "" : "s");
    html_frames(o, s->frames, s->nframes);
    fputs("</details>\n", o);
  }
  fputs("</article>\n", o);
}

static const char html_style[] =
    "body{font-family:sans-serif;margin:1.5em auto;max-width:58em;"
    "color:#1c1c1c;line-height:1.4;padding:0 1em}"
    "h1{font-size:1.5em;margin:0 0 .2em}h2{font-size:1.2em;margin:1.4em 0 .3em;"
    "border-bottom:1px solid #ccc}h3{font-size:1em;margin:0 0 .4em}"
    ".summary{font-size:1.05em}.meta{color:#444;margin:.2em 0 .8em}"
    "article{border:1px solid #ccc;border-left:5px solid #c0392b;"
    "border-radius:4px;padding:.7em 1em;margin:0 0 1.2em}"
    "article.held{border-left-color:#999}"
    "pre{background:#f4f4f4;padding:.4em .6em;overflow-x:auto;margin:.3em 0}"
    "pre.source{font-size:1.05em}pre.frame-source{font-size:.9em;margin:.1em 0}"
    "dl.numbers{display:flex;flex-wrap:wrap;gap:.3em 1.6em;margin:.4em 0}"
    "dl.numbers div{display:flex;gap:.4em}dt{color:#555}dd{margin:0;"
    "font-weight:bold}.via{margin:.3em 0}svg.chart{max-width:100%;height:auto;"
    "display:block;margin:.4em 0}details{margin:.4em 0}"
    "summary{cursor:pointer;color:#2471a3}ol{margin:.3em 0;padding-left:2.2em}"
    ".clean{color:#1e7b34}.growing{color:#c0392b}.noverdict{color:#b9770e}";

static void html_report(FILE *o, const struct razor_rep *r, size_t rep) {
  struct rep_totals t = totals(r);
  char a[32];
  fputs("<section class=\"report\">\n<p class=\"summary\">", o);
  if (t.findings)
    fprintf(o, "<strong class=\"growing\">%d growing site%s</strong> in "
               "%zu probe%s, %s kept",
            t.findings, t.findings == 1 ? "" : "s", t.with,
            t.with == 1 ? "" : "s", amount(t.retained, 0, a, sizeof a));
  else
    fprintf(o, "<strong class=\"clean\">No growing allocation sites</strong> "
               "(%zu probe%s, %llu call%s sampled)",
            t.sampled, t.sampled == 1 ? "" : "s", (unsigned long long)t.calls,
            t.calls == 1 ? "" : "s");
  if (r->npids) {
    fprintf(o, " &middot; %zu processes (pids", r->npids);
    for (size_t i = 0; i < r->npids; i++)
      fprintf(o, " %ld", r->pids[i]);
    fputs(")", o);
  } else {
    fprintf(o, " &middot; pid %ld", r->pid);
  }
  fputs("</p>\n", o);
  if (r->dropped)
    fprintf(o, "<p class=\"noverdict\">%lu record(s) dropped (the runtime's "
               "own memory ran out): figures may be low</p>\n",
            r->dropped);
  for (size_t i = 0; i < r->nprobes; i++) {
    const struct razor_rep_probe *p = &r->probes[i];
    int f = razor_rep_findings(p);
    fputs("<section class=\"probe\">\n<h2>probe <code>", o);
    html_esc(o, p->function);
    fputs("</code></h2>\n<p class=\"meta\">", o);
    if (p->trigger[0]) {
      fputs("trigger <code>", o);
      html_esc(o, p->trigger);
      fputs("</code>", o);
    } else {
      fputs("always on", o);
    }
    if (p->file[0]) {
      fputs(" &middot; ", o);
      html_loc(o, p->file, p->line, 0);
    }
    fprintf(o, " &middot; %llu call%s sampled", (unsigned long long)p->calls,
            p->calls == 1 ? "" : "s");
    if (p->nprocs > 1)
      fprintf(o, " in %zu processes", p->nprocs);
    if (p->warmup)
      fprintf(o, " &middot; warmup %u", (unsigned)p->warmup);
    if (!p->judged)
      fprintf(o, " &middot; <strong class=\"noverdict\">no verdict: fewer "
                 "than min_calls (%u) calls</strong>",
              (unsigned)p->min_calls);
    else if (f)
      fprintf(o, " &middot; <strong class=\"growing\">%d growing site%s"
                 "</strong>",
              f, f == 1 ? "" : "s");
    else
      fputs(" &middot; <strong class=\"clean\">clean</strong>", o);
    fputs("</p>\n", o);
    for (size_t k = 0; k < p->nsites; k++)
      html_site(o, p, &p->sites[k], rep, i, k);
    fputs("</section>\n", o);
  }
  fputs("</section>\n", o);
}

void razor_render_html(FILE *o, const struct razor_rep *r, size_t n,
                       const struct razor_render_opts *opts) {
  (void)opts;
  fprintf(o, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
             "charset=\"utf-8\">\n<meta name=\"viewport\" "
             "content=\"width=device-width, initial-scale=1\">\n"
             "<meta http-equiv=\"Content-Security-Policy\" "
             "content=\"default-src 'none'; style-src 'unsafe-inline'; "
             "img-src data:\">\n<title>razortrace report</title>\n"
             "<style>%s</style>\n</head>\n<body>\n<h1>razortrace report</h1>\n",
          html_style);
  for (size_t i = 0; i < n; i++)
    html_report(o, &r[i], i);
  fputs("</body>\n</html>\n", o);
}

/* ---- paths ---- */

/* (razor_render.h) The report's spelling table keys on it, and SARIF's
 * paths under the root. */
void razor_norm_path(const char *file, const char *dir, char *out, size_t n) {
  char in[PATH_MAX];
  if (file[0] != '/' && dir && dir[0])
    snprintf(in, sizeof in, "%s/%s", dir, file);
  else
    snprintf(in, sizeof in, "%s", file);
  size_t len = 0, floor = 0; /* FLOOR: ".." not undone below it */
  int abs = in[0] == '/';
  if (abs && n > 1)
    out[len++] = '/', floor = 1;
  for (const char *p = in; *p;) {
    while (*p == '/')
      p++;
    const char *e = p + strcspn(p, "/");
    size_t seg = (size_t)(e - p);
    if (seg == 0 || (seg == 1 && p[0] == '.')) {
    } else if (seg == 2 && p[0] == '.' && p[1] == '.' && len > floor) {
      while (len > floor && out[len - 1] != '/')
        len--;
      if (len > floor)
        len--;
    } else if (seg == 2 && p[0] == '.' && p[1] == '.' && abs) {
      /* "/.." is "/" */
    } else if (len + seg + 2 < n) {
      if (len > (abs ? 1u : 0u))
        out[len++] = '/';
      memcpy(out + len, p, seg);
      len += seg;
      if (seg == 2 && p[0] == '.' && p[1] == '.')
        floor = len; /* a leading "..": nothing to undo */
    }
    p = e;
  }
  if (n)
    out[len < n ? len : n - 1] = 0;
}

/* ---- SARIF ---- */

/* FILE (of a site compiled in DIR) as a path: under ROOT, relative to it
 * (returns 1); else absolute when it can be made so (returns 0), or as
 * given (relative, taken as relative to the root: returns 1). */
static int root_path(const char *file, const char *dir, const char *root,
                     char *out, size_t n) {
  if (file[0] != '/' && (!dir || !dir[0])) {
    while (file[0] == '.' && file[1] == '/')
      file += 2;
    snprintf(out, n, "%s", file);
    return 1;
  }
  char norm[PATH_MAX];
  razor_norm_path(file, dir, norm, sizeof norm);
  size_t rl = root ? strlen(root) : 0;
  while (rl > 1 && root[rl - 1] == '/')
    rl--;
  if (rl && !strncmp(norm, root, rl) && norm[rl] == '/') {
    snprintf(out, n, "%s", norm + rl + 1);
    return 1;
  }
  snprintf(out, n, "%s", norm);
  return norm[0] != '/'; /* a relative DIR: relative still */
}

/* PATH as a URI reference: bytes other than unreserved ones and '/'
 * percent-encoded. */
static void uri_path(FILE *o, const char *path) {
  static const char hex[] = "0123456789ABCDEF";
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
        (*p >= '0' && *p <= '9') || strchr("-._~/", *p))
      fputc(*p, o);
    else
      fprintf(o, "%%%c%c", hex[*p >> 4], hex[*p & 15]);
  }
}

static void sarif_artifact(FILE *o, const char *file, const char *dir,
                           const char *root) {
  char path[PATH_MAX];
  int rel = root_path(file, dir, root, path, sizeof path);
  fputs("{\"uri\": \"", o);
  if (!rel)
    fputs("file://", o);
  uri_path(o, path);
  fputc('"', o);
  if (rel && root)
    fputs(", \"uriBaseId\": \"SRCROOT\"", o);
  fputc('}', o);
}

/* FNV-1a, 64 bits, over S with blanks collapsed when SQUEEZE. */
static uint64_t fnv(uint64_t h, const char *s, int squeeze) {
  int blank = 0;
  for (const unsigned char *p = (const unsigned char *)nz(s); *p; p++) {
    int b = *p == ' ' || *p == '\t' || *p == '\r' || *p == '\n';
    if (squeeze && b) {
      blank = 1;
      continue;
    }
    if (squeeze && blank) {
      h = (h ^ ' ') * 0x100000001b3ull;
      blank = 0;
    }
    h = (h ^ *p) * 0x100000001b3ull;
  }
  return (h ^ 0) * 0x100000001b3ull; /* a separator */
}

/* The site's fingerprint: its file (relative to the root), function and
 * source text, never its line. */
static uint64_t site_hash(const struct razor_rep_site *s, const char *root) {
  char path[PATH_MAX], buf[4096];
  root_path(s->file, s->dir, root, path, sizeof path);
  const char *src = site_source(s, buf, sizeof buf);
  uint64_t h = fnv(0xcbf29ce484222325ull, path, 0);
  h = fnv(h, s->function, 0);
  return fnv(h, src ? src : "", 1);
}

static void sarif_message(FILE *o, const struct razor_rep_probe *p,
                          const struct razor_rep_site *s) {
  char m[1024], a[32], b[32];
  size_t len;
  if (s->counted)
    len = (size_t)snprintf(m, sizeof m,
                           "%s handles opened here during calls of %s keep "
                           "growing: %lld open after %llu calls",
                           s->kind, p->function, (long long)s->total,
                           (unsigned long long)p->calls);
  else
    len = (size_t)snprintf(
        m, sizeof m,
        "Memory allocated here (%s) during calls of %s keeps growing: %s "
        "still held after %llu calls, %s per call on average",
        s->kind, p->function, amount(s->total, 0, a, sizeof a),
        (unsigned long long)p->calls,
        amount(p->calls ? (int64_t)((double)s->total / (double)p->calls + 0.5)
                        : 0,
               0, b, sizeof b));
  if (len < sizeof m && s->s.has_kept)
    snprintf(m + len, sizeof m - len,
             "; kept %s rose from %s (call %llu on) to %s at the end",
             s->counted ? "open" : "memory",
             amount(s->s.kept_middle, s->counted, a, sizeof a),
             (unsigned long long)s->s.middle_call,
             amount(s->s.kept_end, s->counted, b, sizeof b));
  len = strlen(m);
  if (len < sizeof m && s->has_via)
    snprintf(m + len, sizeof m - len, " (via %s)", s->via_function);
  len = strlen(m);
  if (len + 1 < sizeof m)
    m[len] = '.', m[len + 1] = 0;
  razor_rep_json_str(o, m);
}

static void sarif_result(FILE *o, const struct razor_rep *r,
                         const struct razor_rep_probe *p,
                         const struct razor_rep_site *s, unsigned occurrence,
                         uint64_t hash, const char *root) {
  char buf[4096];
  fputs("{\"ruleId\": \"razortrace/growing-site\", \"ruleIndex\": 0, "
        "\"level\": \"warning\", \"message\": {\"text\": ", o);
  sarif_message(o, p, s);
  fputs("}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": ",
        o);
  sarif_artifact(o, s->file, s->dir, root);
  if (s->line) {
    fprintf(o, ", \"region\": {\"startLine\": %u", (unsigned)s->line);
    if (s->column)
      fprintf(o, ", \"startColumn\": %u", (unsigned)s->column);
    const char *src = site_source(s, buf, sizeof buf);
    if (src && src[0]) {
      fputs(", \"snippet\": {\"text\": ", o);
      razor_rep_json_str(o, src);
      fputc('}', o);
    }
    fputc('}', o);
  }
  fputs("}, \"logicalLocations\": [{\"name\": ", o);
  razor_rep_json_str(o, s->function);
  fputs(", \"kind\": \"function\"}]}]", o);
  fprintf(o, ", \"partialFingerprints\": {\"razortraceSite/v1\": "
             "\"%016llx:%u\"}",
          (unsigned long long)hash, occurrence);
  if (s->has_traceback && s->nframes) {
    fputs(", \"stacks\": [{\"message\": {\"text\": \"where the memory still "
          "held was allocated\"}, \"frames\": [", o);
    for (size_t k = 0; k < s->nframes; k++) {
      const struct razor_rep_frame *f = &s->frames[k];
      fputs(k ? ", {\"location\": {" : "{\"location\": {", o);
      if (f->file[0]) {
        fputs("\"physicalLocation\": {\"artifactLocation\": ", o);
        sarif_artifact(o, f->file, f->dir, root);
        if (f->line)
          fprintf(o, ", \"region\": {\"startLine\": %u}", (unsigned)f->line);
        fputs("}, ", o);
      }
      fputs("\"message\": {\"text\": ", o);
      razor_rep_json_str(o, f->function[0] ? f->function : "??");
      fputs("}}", o);
      if (!f->file[0] && f->module[0]) {
        fputs(", \"module\": ", o);
        razor_rep_json_str(o, f->module);
      }
      fputc('}', o);
    }
    fputs("]}]", o);
  }
  fputs(", \"properties\": {\"probe\": ", o);
  razor_rep_json_str(o, p->function);
  fprintf(o, ", \"calls\": %llu, \"kind\": ", (unsigned long long)p->calls);
  razor_rep_json_str(o, s->kind);
  if (s->counted)
    fprintf(o, ", \"open\": %lld", (long long)s->total);
  else
    fprintf(o, ", \"totalBytes\": %lld, \"blocks\": %lld",
            (long long)s->total, (long long)s->blocks);
  if (s->s.has_kept)
    fprintf(o, ", \"keptMiddle\": %lld, \"keptEnd\": %lld",
            (long long)s->s.kept_middle, (long long)s->s.kept_end);
  if (r->npids)
    fprintf(o, ", \"processes\": %zu", s->nprocs ? s->nprocs : r->npids);
  else
    fprintf(o, ", \"pid\": %ld", r->pid);
  fputs("}}", o);
}

void razor_render_sarif(FILE *o, const struct razor_rep *r, size_t n,
                        const struct razor_render_opts *opts) {
  const char *root = opts && opts->source_root && opts->source_root[0]
                         ? opts->source_root
                         : NULL;
  fputs("{\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\", "
        "\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": "
        "{\"name\": \"razortrace\", ", o);
  if (opts && opts->tool_version) {
    fputs("\"version\": ", o);
    razor_rep_json_str(o, opts->tool_version);
    fputs(", ", o);
  }
  fputs("\"rules\": [{\"id\": \"razortrace/growing-site\", \"name\": "
        "\"GrowingAllocationSite\", \"shortDescription\": {\"text\": "
        "\"Memory kept by an allocation site grows call after call\"}, "
        "\"fullDescription\": {\"text\": \"The memory (or the handles) this "
        "allocation site keeps after each call of the probe went on "
        "growing: kept at the end of the run exceeds kept at its middle. "
        "It is still reachable (a list, a cache, a registry), so leak "
        "checkers that look for unreachable memory do not report it.\"}, "
        "\"defaultConfiguration\": {\"level\": \"warning\"}, \"properties\": "
        "{\"tags\": [\"memory\", \"leak\"]}}]}}", o);
  if (root) {
    fputs(", \"originalUriBaseIds\": {\"SRCROOT\": {\"uri\": \"file://", o);
    uri_path(o, root);
    fputs(root[strlen(root) - 1] == '/' ? "\"}}" : "/\"}}", o);
  }
  fputs(", \"results\": [", o);
  int first = 1;
  for (size_t i = 0; i < n; i++)
    for (size_t j = 0; j < r[i].nprobes; j++) {
      const struct razor_rep_probe *p = &r[i].probes[j];
      for (size_t k = 0; k < p->nsites; k++) {
        const struct razor_rep_site *s = &p->sites[k];
        if (!s->finding)
          continue;
        uint64_t h = site_hash(s, root);
        /* Findings with the same file, function and text above it. */
        unsigned occ = 0;
        for (size_t q = 0; q < p->nsites; q++) {
          const struct razor_rep_site *e = &p->sites[q];
          occ += q != k && e->finding &&
                 (e->line < s->line ||
                  (e->line == s->line && e->column < s->column)) &&
                 site_hash(e, root) == h;
        }
        if (!first)
          fputs(", ", o);
        first = 0;
        sarif_result(o, &r[i], p, s, occ, h, root);
      }
    }
  fputs("]}]}\n", o);
}
