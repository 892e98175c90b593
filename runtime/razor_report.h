/* razor_report.h - reports (razor_report.c): a snapshot of the probes'
 * counters and series taken under their locks, judged, turned into the
 * report model and rendered (razor_render.h).  Never on the hot path. */
#ifndef RAZOR_REPORT_H
#define RAZOR_REPORT_H

#include <stdio.h>

#include "razor_registry.h"

enum razor_report_kind {
  RAZOR_RK_EXIT,  /* the exit report: all probes, JSON always written */
  RAZOR_RK_CALL,  /* after a sampled call: text only with findings */
  RAZOR_RK_API,   /* razor_report / razor_probe_report / report_signal */
  RAZOR_RK_COUNT, /* count findings, write nothing */
};
int razor_report_write(struct razor_probe *only, FILE *out,
                       enum razor_report_kind kind);

/* The model of probe P's report (razor_render.h), handed to FN with ARG;
 * returns its findings, -1 when the tracer is disabled (razor_check). */
struct razor_rep;
int razor_report_with(struct razor_probe *p,
                      void (*fn)(const struct razor_rep *, void *), void *arg);

void razor_report_fork_lock(int lock);

#endif /* RAZOR_REPORT_H */
