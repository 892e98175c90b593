// A tiny interpreter's allocator serves kept objects (a global table that
// gains one per call) and garbage (collected every fourth call) at one site:
// the samples saw-tooth around a rising floor.  The default (strict) verdict
// reports the site, at -O0 and -O2, with the kept objects' exact total; a
// run whose table does not grow is clean. (Recognising allocation wrappers by shape is off here, no-auto-alloc: its helpers would charge their callers.)
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -O0 %s -o %t0 && env TRACE_VM=1 %run %t0 2>&1 | FileCheck %s
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -O2 %s -o %t2 && env TRACE_VM=1 %run %t2 2>&1 | FileCheck %s
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -O2 -DNO_TABLE %s -o %t3 && env TRACE_VM=1 %run %t3 2>&1 | FileCheck --check-prefix=CLEAN %s
// CHECK: razortrace: probe docall (trigger TRACE_VM) in {{.*}}collector.c:{{[0-9]+}} — 40 calls sampled
// CHECK-NEXT: {{.*}}collector.c line: 26 column: 13 function: obj_new command: void *p = malloc(n);
// CHECK-NEXT: • average kb per call: 0.0469   • total kb: 1.8750   • blocks: 40
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 1.8750 kb retained
// CHECK-NEXT: table 40
// CLEAN: razortrace: no growing allocation sites (1 probe(s), 40 call(s) sampled)
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *table[64];
static int ntable;
static void *garbage[64];
static int ngarbage;

/* The interpreter's one allocator. */
__attribute__((noinline)) static void *obj_new(size_t n) {
  void *p = malloc(n);
  return p;
}

static void collect(void) {
  while (ngarbage)
    free(garbage[--ngarbage]);
}

RAZOR_PROBE("TRACE_VM") void docall(int i);

void docall(int i) {
  for (int k = 0; k < 10; k++)
    garbage[ngarbage++] = obj_new(32); /* temporaries of the script */
#ifndef NO_TABLE
  table[ntable++] = obj_new(48); /* what the script keeps: a global */
#endif
  if (i % 4 == 3)
    collect();
}

int main(void) {
  for (int i = 0; i < 40; i++)
    docall(i);
  printf("table %d\n", ntable);
  return 0;
}
