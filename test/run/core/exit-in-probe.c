// A probe left by exit() closes its sample when exit() is called: that call is counted and its block is in the report.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_QUIT=1 %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

static void *kept[10];

RAZOR_PROBE("TRACE_QUIT") void step(int i) {
  kept[i] = malloc(256);
  if (i == 9)
    exit(0);
}

int main(void) {
  for (int i = 0; i < 10; i++)
    step(i);
  return 1;
}
// CHECK:      razortrace: probe step (trigger TRACE_QUIT) in {{.*}} — 10 calls sampled
// CHECK-NEXT: line: 10 column: 13 function: step command: kept[i] = malloc(256);
// CHECK-NEXT: • average kb per call: 0.2500   • total kb: 2.5000   • blocks: 10
