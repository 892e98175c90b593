// A call through a pointer the optimizer finds constant becomes a direct call of malloc after the instrumentation: it is a site of its own at its line (it was missed at -O2 and -O3, "no growing allocation sites"), as at -O0 and -O1 where it is a call through the pointer.  A tail call and a call followed by a check.
// RUN: %clang_razor -O0 %s %S/Inputs/folded-pointer.c -o %t0 && env TRACE_FOLD=1 %run %t0 2>&1 | FileCheck %s
// RUN: %clang_razor -O1 %s %S/Inputs/folded-pointer.c -o %t1 && env TRACE_FOLD=1 %run %t1 2>&1 | FileCheck %s
// RUN: %clang_razor -O2 %s %S/Inputs/folded-pointer.c -o %t2 && env TRACE_FOLD=1 %run %t2 2>&1 | FileCheck %s
// RUN: %clang_razor -O3 %s %S/Inputs/folded-pointer.c -o %t3 && env TRACE_FOLD=1 %run %t3 2>&1 | FileCheck %s
#include <stdio.h>
#include <stdlib.h>
void *my_alloc(size_t n);
void *my_alloc_checked(size_t n);
static void *kept[100];

__attribute__((annotate("razor_probe:TRACE_FOLD"))) static void step(int i) {
  kept[2 * i] = my_alloc(100);
  kept[2 * i + 1] = my_alloc_checked(60);
}

int main(void) {
  for (int i = 0; i < 20; i++)
    step(i);
  puts("ok");
  return 0;
}
// CHECK: razortrace: probe step (trigger TRACE_FOLD)
// CHECK-DAG: folded-pointer.c line: 5 column: 35 function: my_alloc command: void *my_alloc(size_t n) { return do_malloc(n); }
// CHECK-DAG: average kb per call: 0.0977   • total kb: 1.9531   • blocks: 20
// CHECK-DAG: folded-pointer.c line: 7 column: 13 function: my_alloc_checked command: void *p = do_malloc(n);
// CHECK-DAG: average kb per call: 0.0586   • total kb: 1.1719   • blocks: 20
// CHECK: razortrace: SUMMARY: 2 growing site(s) in 1 probe(s), 3.1250 kb retained
