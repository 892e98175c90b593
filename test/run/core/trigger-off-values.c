// A trigger set to empty, 0, false, no or off, in any case, is off: the leaking program writes nothing.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_X= %run %t 2>&1 | count 0
// RUN: env TRACE_X=0 %run %t 2>&1 | count 0
// RUN: env TRACE_X=false %run %t 2>&1 | count 0
// RUN: env TRACE_X=FALSE %run %t 2>&1 | count 0
// RUN: env TRACE_X=off %run %t 2>&1 | count 0
// RUN: env TRACE_X=OFF %run %t 2>&1 | count 0
// RUN: env TRACE_X=no %run %t 2>&1 | count 0
// RUN: env TRACE_X=No %run %t 2>&1 | count 0
#include <razortrace.h>
#include <stdlib.h>

static void *kept[100];

RAZOR_PROBE("TRACE_X") void leak(int i) {
  kept[i] = malloc(32);
}

int main(void) {
  for (int i = 0; i < 100; i++)
    leak(i);
  return 0;
}

// The same program with its trigger set to 1 is reported: the silence above
// is the trigger's doing, not a probe that tracks nothing.
// RUN: env TRACE_X=1 %run %t 2>&1 | FileCheck %s --check-prefix=ON
// ON: razortrace: probe leak (trigger TRACE_X) in {{.*}}trigger-off-values.c:16 — 100 calls sampled
// ON-NEXT: {{.*}}trigger-off-values.c line: 17 column: 13 function: leak command: kept[i] = malloc(32);
// ON-NEXT: • average kb per call: 0.0312   • total kb: 3.1250   • blocks: 100
// ON-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 3.1250 kb retained
