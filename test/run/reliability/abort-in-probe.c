// abort() from inside a probe kills the program with SIGABRT as usual: no report, no hang.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_ABORT=1 timeout 20 not --crash %run %t > %t.out 2>&1
// RUN: FileCheck %s --implicit-check-not=razortrace < %t.out
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *kept[10];

RAZOR_PROBE("TRACE_ABORT") void step(int i) {
  kept[i] = malloc(256);
#ifndef NO_ABORT
  if (i == 9) {
    fprintf(stderr, "aborting\n");
    abort();
  }
#endif
}

int main(void) {
  for (int i = 0; i < 10; i++)
    step(i);
  return 0;
}
// CHECK: aborting

// The same program without the abort (-DNO_ABORT) writes its exit report: the
// silence above is the abort's doing, not a probe that tracks nothing.
// RUN: %clang_razor -DNO_ABORT %s -o %t.noabort
// RUN: env TRACE_ABORT=1 %run %t.noabort 2>&1 | FileCheck %s --check-prefix=NOABORT
// NOABORT: razortrace: probe step (trigger TRACE_ABORT) in {{.*}}abort-in-probe.c:11 — 10 calls sampled
// NOABORT-NEXT: {{.*}}abort-in-probe.c line: 12 column: 13 function: step command: kept[i] = malloc(256);
// NOABORT-NEXT: • average kb per call: 0.2500   • total kb: 2.5000   • blocks: 10
// NOABORT-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 2.5000 kb retained
