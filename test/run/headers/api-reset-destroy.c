// Headed blocks of C API probes (razor_probe_begin/end around instrumented and plain code): those allocated before a razor_probe_reset and freed or resized after it change nothing of the new samples; those of a destroyed probe can still be freed and resized; a new probe counts exactly; the report written by razor_probe_report is exact. (Recognising allocation wrappers by shape is off here, no-auto-alloc: its helpers would charge their callers.)
// RUN: %clang -c %S/Inputs/plain-ops.c -o %t.ops.o
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc %s %t.ops.o -o %t
// RUN: env TRACE_API=1 %env_razor_opts=format=json %run %t > %t.out 2> %t.err
// RUN: %jsonl < %t.out | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "Inputs/plain-ops.h"

static char *old[4], *gone[4], *fresh[4], *plain_fresh[4];

/* One site for the blocks of before and after the reset. */
static char *make(size_t n) { return malloc(n); }

/* min_calls=4: the probes' four calls are judged (the figures are the
 * point, not the verdict). */

int main(void) {
  razor_probe *p = razor_probe_create("api", "TRACE_API,debug,min_calls=4");
  /* Four samples, then a reset. */
  for (int i = 0; i < 4; i++) {
    if (!razor_probe_begin(p))
      return 1;
    old[i] = make(100);
    gone[i] = plain_strdup("destroyed probe's block");
    razor_probe_end(p);
  }
  razor_probe_reset(p);
  /* Blocks of before the reset: freed, resized, inside and outside new
   * samples. */
  for (int i = 0; i < 4; i++) {
    if (!razor_probe_begin(p))
      return 1;
    if (i % 2)
      free(old[i]);
    else
      old[i] = realloc(old[i], 5000);
    fresh[i] = make(30);
    razor_probe_end(p);
  }
  for (int i = 0; i < 4; i++)
    if (i % 2 == 0)
      old[i] = plain_realloc(old[i], 7);
  /* A probe destroyed while its blocks live: they can still go. */
  razor_probe *q = razor_probe_create("doomed", "TRACE_API,debug");
  razor_probe_begin(q);
  char *doomed = malloc(64), *doomed2 = calloc(4, 4);
  razor_probe_end(q);
  razor_probe_destroy(q);
  free(doomed);
  doomed2 = realloc(doomed2, 4000);
  free(doomed2);
  for (int i = 0; i < 4; i++)
    free(gone[i]);
  /* A new probe. */
  razor_probe *r = razor_probe_create("after", "TRACE_API,debug,min_calls=4");
  for (int i = 0; i < 4; i++) {
    razor_probe_begin(r);
    plain_fresh[i] = plain_malloc(10 * (i + 1));
    razor_probe_end(r);
  }
  razor_probe_report(p, stdout);
  razor_probe_report(r, stdout);
  fflush(stdout);
  return 0;
}
// The reset probe: four samples since.  A block of before the reset that a
// new sample realloc's is that realloc's (the line in main), the others
// (freed, or resized outside any sample) do not show.
// CHECK:      report 0: probes[0].function = "api"
// CHECK:      report 0: probes[0].calls = 4
// CHECK:      report 0: probes[0].sites[0].source = "old[i] = realloc(old[i], 5000);"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "realloc"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 10000
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 2
// CHECK:      report 0: probes[0].sites[0].samples = [5000, 5000, 10000, 10000]
// The blocks of before the reset freed in the new samples are make()'s too:
// they take nothing off the new samples.
// CHECK:      report 0: probes[0].sites[1].source = "static char *make(size_t n) { return malloc(n); }"
// CHECK-NEXT: report 0: probes[0].sites[1].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[1].total_bytes = 120
// CHECK-NEXT: report 0: probes[0].sites[1].blocks = 4
// CHECK:      report 0: probes[0].sites[1].samples = [30, 60, 90, 120]
// CHECK-NOT:  report 0: probes[0].sites[2]
// CHECK:      report 1: probes[0].function = "after"
// CHECK:      report 1: probes[0].calls = 4
// CHECK:      report 1: probes[0].sites[0].source = "plain_fresh[i] = plain_malloc(10 * (i + 1));"
// CHECK-NEXT: report 1: probes[0].sites[0].kind = "malloc"
// CHECK-NEXT: report 1: probes[0].sites[0].total_bytes = 100
// CHECK-NEXT: report 1: probes[0].sites[0].blocks = 4
// CHECK:      report 1: probes[0].sites[0].samples = [10, 30, 60, 100]
// CHECK-NOT:  report 1: probes[0].sites[1]
// CHECK:      jsonl: 2 report(s)
