// Nested probes: an allocation in the inner probe counts for both probes, one in the outer probe only for the outer one.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_OUTER=1 TRACE_INNER=1 %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

static void *in[10], *out[10];

RAZOR_PROBE("TRACE_INNER") void inner(int i) {
  in[i] = malloc(16);
}
RAZOR_PROBE("TRACE_OUTER") void outer(int i) {
  out[i] = malloc(64);
  inner(i);
}

int main(void) {
  for (int i = 0; i < 10; i++)
    outer(i);
  return 0;
}
// CHECK:      razortrace: probe inner (trigger TRACE_INNER) in {{.*}}/nested.c:9 — 10 calls sampled
// CHECK-NEXT: line: 10 column: 11 function: inner command: in[i] = malloc(16);
// CHECK-NEXT: • total kb: 0.1562   • blocks: 10
// CHECK-NEXT: razortrace: probe outer (trigger TRACE_OUTER) in {{.*}}/nested.c:12 — 10 calls sampled
// CHECK-NEXT: line: 13 column: 12 function: outer command: out[i] = malloc(64);
// CHECK-NEXT: • total kb: 0.6250   • blocks: 10
// CHECK-NEXT: line: 10 column: 11 function: inner command: in[i] = malloc(16);
// CHECK-NEXT: • total kb: 0.1562   • blocks: 10
// CHECK-NEXT: razortrace: SUMMARY: 3 growing site(s) in 2 probe(s)
