// _exit() from inside a probe ends the program at once with its own status: no report, no hang.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_QUICK=1 %env_razor_opts=format=json timeout 20 %python %S/../options/Inputs/status.py %t 2>&1 | FileCheck %s --implicit-check-not=razortrace
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void *kept[10];

RAZOR_PROBE("TRACE_QUICK") void step(int i) {
  kept[i] = malloc(256);
#ifndef NO_EXIT
  if (i == 9) {
    printf("leaving\n");
    fflush(stdout);
    _exit(4);
  }
#endif
}

int main(void) {
  for (int i = 0; i < 10; i++)
    step(i);
  return 1;
}
// CHECK:      leaving
// CHECK-NEXT: exit status 4

// The same program without the _exit (-DNO_EXIT) writes its exit report: the
// silence above is _exit's doing, not a probe that tracks nothing.
// RUN: %clang_razor -DNO_EXIT %s -o %t.noexit
// RUN: env TRACE_QUICK=1 %python %S/../options/Inputs/status.py %t.noexit 2>&1 | FileCheck %s --check-prefix=NOEXIT
// NOEXIT: razortrace: probe step (trigger TRACE_QUICK) in {{.*}}underscore-exit-in-probe.c:11 — 10 calls sampled
// NOEXIT-NEXT: {{.*}}underscore-exit-in-probe.c line: 12 column: 13 function: step command: kept[i] = malloc(256);
// NOEXIT-NEXT: • average kb per call: 0.2500   • total kb: 2.5000   • blocks: 10
// NOEXIT-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 2.5000 kb retained
// NOEXIT-NEXT: exit status 1
