// With `clear` each call is judged alone and reported right after it returns (a call that leaks nothing gets "no growing allocation sites"), earlier calls' blocks do not count, and the exit report totals every call: all calls, each site's bytes and blocks summed over the calls that kept them.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_CLEAR=1 %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *kept[3];

RAZOR_PROBE("TRACE_CLEAR,clear") void step(int i, size_t size) {
  if (size)
    kept[i] = malloc(size);
}

int main(void) {
  fprintf(stderr, "before 1\n");
  step(0, 100);
  fprintf(stderr, "after 1\n");
  step(1, 0);
  fprintf(stderr, "after 2\n");
  step(2, 300);
  fprintf(stderr, "after 3\n");
  return 0;
}
// CHECK:      before 1
// CHECK-NEXT: razortrace: probe step (trigger TRACE_CLEAR) in {{.*}}/clear.c:10 — 1 call sampled
// CHECK-NEXT: line: 12 column: 15 function: step command: kept[i] = malloc(size);
// CHECK-NEXT: • average kb per call: 0.0977   • total kb: 0.0977   • blocks: 1
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.0977 kb retained
// CHECK-NEXT: after 1
// CHECK-NEXT: razortrace: no growing allocation sites (1 probe(s), 1 call(s) sampled)
// CHECK-NEXT: after 2
// CHECK-NEXT: razortrace: probe step (trigger TRACE_CLEAR) in {{.*}}/clear.c:10 — 1 call sampled
// CHECK-NEXT: line: 12 column: 15 function: step command: kept[i] = malloc(size);
// CHECK-NEXT: • average kb per call: 0.2930   • total kb: 0.2930   • blocks: 1
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.2930 kb retained
// CHECK-NEXT: after 3
// 100 + 300 bytes over 3 calls (call 2 kept nothing): 0.3906 kb, 2 blocks.
// CHECK-NEXT: razortrace: probe step (trigger TRACE_CLEAR) in {{.*}}/clear.c:10 — 3 calls sampled
// CHECK-NEXT: line: 12 column: 15 function: step command: kept[i] = malloc(size);
// CHECK-NEXT: • average kb per call: 0.1302   • total kb: 0.3906   • blocks: 2
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.3906 kb retained
// CHECK-NOT: razortrace
