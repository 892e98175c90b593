/* razor_api.c - the C API of razortrace.h: probes made and found at run
 * time, begun and ended by hand, reset and reported; razor_check for unit
 * tests. */
#include <stdio.h>
#include <string.h>

#include "razor_account.h"
#include "razor_init.h"
#include "razor_probe.h"
#include "razor_render.h"
#include "razor_report.h"
#include "razortrace.h"

/* See razortrace.h.  Prints one line and returns NULL for a bad SPEC or a
 * NULL NAME; the probe lives until razor_probe_destroy (its memory is never
 * reused). */
RAZOR_EXPORT razor_probe *razor_probe_create(const char *name,
                                             const char *spec) {
  razor_ensure_init();
  char err[256];
  if (!name) {
    fprintf(stderr, "razortrace: razor_probe_create: NULL name\n");
    return NULL;
  }
  struct razor_probe *p = razor_probe_new(name, spec, err, sizeof err);
  if (!p && err[0])
    fprintf(stderr, "razortrace: razor_probe_create(\"%s\"): %s\n", name, err);
  return p;
}

/* See razortrace.h.  NULL or a destroyed probe: 0.  A begin of a probe
 * already sampling on this thread returns 0 and is matched by its end. */
RAZOR_EXPORT int razor_probe_begin(razor_probe *p) {
  razor_ensure_init();
  return razor_enter(p, NULL, 1) != 0;
}

/* See razortrace.h.  Closes the innermost activation of P on this thread
 * (and any left open above it); no-op when there is none. */
RAZOR_EXPORT void razor_probe_end(razor_probe *p) {
  razor_exit(p, 0, 1);
}

/* See razortrace.h.  Compiled probes only; NULL when none matches. */
RAZOR_EXPORT razor_probe *razor_probe_find(const char *function) {
  razor_ensure_init();
  if (!function)
    return NULL;
  uint32_t n = razor_probe_count();
  for (uint32_t i = 1; i <= n; i++) {
    struct razor_probe *p = razor_probe_get(i);
    if (p && !p->created && !strcmp(p->name, function))
      return p;
  }
  return NULL;
}

/* See razortrace.h.  Compiled probes only; NULL when none matches. */
RAZOR_EXPORT razor_probe *razor_probe_find_fn(void (*fn)(void)) {
  razor_ensure_init();
  if (!fn)
    return NULL;
  uint32_t n = razor_probe_count();
  for (uint32_t i = 1; i <= n; i++) {
    struct razor_probe *p = razor_probe_get(i);
    if (p && !p->created && p->fn == fn)
      return p;
  }
  return NULL;
}

/* See razortrace.h.  The memory of a destroyed probe is kept (blocks allocated under it may
 * still be released later); it no longer samples or reports. */
RAZOR_EXPORT void razor_probe_destroy(razor_probe *p) {
  if (p && p->created)
    atomic_store(&p->destroyed, 1);
}

/* See razortrace.h.  OUT NULL: the configured output.  NULL P: 0. */
RAZOR_EXPORT int razor_probe_report(razor_probe *p, FILE *out) {
  razor_ensure_init();
  if (!p)
    return 0;
  return razor_report_write(p, out, RAZOR_RK_API);
}

/* See razortrace.h.  NULL is ignored. */
RAZOR_EXPORT void razor_probe_reset(razor_probe *p) {
  if (p)
    razor_account_reset(p, 0);
}

/* See razortrace.h.  OUT NULL: the configured output. */
RAZOR_EXPORT int razor_report(FILE *out) {
  razor_ensure_init();
  return razor_report_write(NULL, out, RAZOR_RK_API);
}

/* ---- razor_check: one operation, judged as a probe's calls ---- */

struct check_run {
  FILE *out;
  const char *name;
  void (*on_finding)(const razor_finding *, void *);
  void *ctx;
  int judged, findings;
};

/* The report of razor_check's probe, as the model (razor_render.h): the
 * text to OUT, each finding to the callback. */
static void check_report(const struct razor_rep *r, void *arg) {
  struct check_run *c = arg;
  const struct razor_rep_probe *p = r->nprobes ? &r->probes[0] : NULL;
  if (!p)
    return;
  c->judged = p->judged;
  c->findings = razor_rep_findings(p);
  if (c->out && (c->findings || !p->judged))
    razor_render_text(c->out, r);
  for (size_t i = 0; c->on_finding && i < p->nsites; i++) {
    const struct razor_rep_site *s = &p->sites[i];
    if (!s->finding)
      continue;
    /* The finding's own lines, for a test framework's message. */
    static char text[16384];
    text[0] = 0;
    FILE *m = fmemopen(text, sizeof text, "w");
    if (m) {
      razor_render_text_site(m, p, s);
      fclose(m);
    }
    char src[4096];
    const char *source =
        s->source && s->source[0]
            ? s->source
            : razor_rep_read_source(s->file, s->dir, s->line, src, sizeof src);
    razor_finding f = {s->file,   (int)s->line, (int)s->column, s->function,
                       source ? source : "", s->kind, s->total, s->blocks,
                       text};
    c->on_finding(&f, c->ctx);
  }
}

/* See razortrace.h. */
RAZOR_EXPORT int razor_check_each(const char *name, void (*fn)(void *),
                                  void *arg, int calls, const char *options,
                                  FILE *out,
                                  void (*on_finding)(const razor_finding *,
                                                     void *),
                                  void *ctx) {
  razor_ensure_init();
  FILE *say = out ? out : stderr;
  name = name && name[0] ? name : "razor_check";
  if (!fn || calls <= 0) {
    fprintf(say, "razortrace: razor_check: %s\n",
            fn ? "calls must be at least 1" : "NULL function");
    return -1;
  }
  /* An always-on probe with the caller's options. */
  char spec[512], err[256];
  if (snprintf(spec, sizeof spec, ",%s", options ? options : "") >=
      (int)sizeof spec) {
    fprintf(say, "razortrace: razor_check: options too long\n");
    return -1;
  }
  struct razor_probe *p = razor_probe_new(
      name, options && options[0] ? spec : "", err, sizeof err);
  if (!p) {
    fprintf(say, "razortrace: razor_check(\"%s\"): %s\n", options,
            err[0] ? err : "out of memory");
    return -1;
  }
  for (int i = 0; i < calls; i++) {
    int on = razor_probe_begin(p);
    fn(arg);
    if (on)
      razor_probe_end(p);
  }
  struct check_run c = {out, name, on_finding, ctx, 0, 0};
  int n = razor_report_with(p, check_report, &c);
  razor_probe_destroy(p);
  if (n < 0) {
    fprintf(say, "razortrace: razor_check: the tracer is disabled (see the "
                 "RAZOR_OPTIONS message above): no verdict\n");
    return -1;
  }
  if (!c.judged) {
    if (!out)
      fprintf(say, "razortrace: razor_check: no verdict: %d call(s), fewer "
                   "than min_calls after warmup\n",
              calls);
    return -1;
  }
  return c.findings;
}

/* See razortrace.h. */
RAZOR_EXPORT int razor_check(void (*fn)(void *), void *arg, int calls,
                             const char *options, FILE *out) {
  return razor_check_each(NULL, fn, arg, calls, options, out, NULL, NULL);
}
