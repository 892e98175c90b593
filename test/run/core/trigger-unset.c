// With its trigger unset a leaking probe is not traced: the program writes nothing at all.
// RUN: %clang_razor %s -o %t
// RUN: %run %t 2>&1 | count 0
// RUN: env TRACE_OTHER=1 %run %t 2>&1 | count 0
#include <razortrace.h>
#include <stdlib.h>

static void *kept[100];

RAZOR_PROBE("TRACE_UNSET") void leak(int i) {
  kept[i] = malloc(32);
}

int main(void) {
  for (int i = 0; i < 100; i++)
    leak(i);
  return 0;
}

// The same program with its trigger set is reported: the silence above is the
// trigger's doing, not a probe that tracks nothing.
// RUN: env TRACE_UNSET=1 %run %t 2>&1 | FileCheck %s --check-prefix=ON
// ON: razortrace: probe leak (trigger TRACE_UNSET) in {{.*}}trigger-unset.c:10 — 100 calls sampled
// ON-NEXT: {{.*}}trigger-unset.c line: 11 column: 13 function: leak command: kept[i] = malloc(32);
// ON-NEXT: • average kb per call: 0.0312   • total kb: 3.1250   • blocks: 100
// ON-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 3.1250 kb retained
