/* razor_api.c - the C API of razortrace.h: probes made and found at run
 * time, begun and ended by hand, reset and reported. */
#include <stdio.h>
#include <string.h>

#include "razor_account.h"
#include "razor_init.h"
#include "razor_probe.h"
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
