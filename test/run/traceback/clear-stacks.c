// A `clear` probe with traceback: its exit report totals every call (SPEC 5), stacks too: the stacks of the blocks each call kept, summed over the calls (bytes and blocks), not the last call's alone; a per-call report shows that call's stack.
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -g -O0 %s -o %t
// RUN: env TRACE_CST=1 %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

static void *kept[16];

__attribute__((noinline)) static void *make(void) {
  return malloc(32); // make-line
}
__attribute__((noinline)) static void *from_a(void) {
  return make();
}
__attribute__((noinline)) static void *from_b(void) {
  return make();
}

/* Keeps one block in each call, from_a's in odd calls, from_b's in even. */
RAZOR_PROBE("TRACE_CST,clear,traceback") void step(int i) {
  kept[i] = i % 2 ? from_a() : from_b();
}

int main(void) {
  for (int i = 0; i < 10; i++)
    step(i);
  return 0;
}
// The site is suspect after its third call (two-phase capture): the
// blocks of calls 4 to 10 (i = 3..9) have stacks, 4 from from_a (i odd)
// and 3 from from_b.
// The last per-call report (call 10, i = 9: from_a):
// CHECK:      stacks recorded for 1 of 1 retained blocks
// CHECK-NEXT: stack 1 of 1: 0.0312 kb in 1 block
// CHECK-NEXT: #0 make {{.*}}clear-stacks.c:10
// CHECK-NEXT: #1 from_a {{.*}}clear-stacks.c:13
// The exit report:
// CHECK:      razortrace: probe step (trigger TRACE_CST) in {{.*}}clear-stacks.c:20 — 10 calls sampled
// CHECK-NEXT: clear-stacks.c line: 10 column: 10 function: make command: return malloc(32); // make-line
// CHECK-NEXT: • average kb per call: 0.0312   • total kb: 0.3125   • blocks: 10
// CHECK-NEXT: -----trace-----
// CHECK-NEXT: stacks recorded for 7 of 10 retained blocks
// CHECK-NEXT: stack 1 of 2: 0.1250 kb in 4 blocks
// CHECK-NEXT: #0 make {{.*}}clear-stacks.c:10
// CHECK-NEXT: #1 from_a {{.*}}clear-stacks.c:13
// CHECK-NEXT: #2 step {{.*}}clear-stacks.c:21
// CHECK:      stack 2 of 2: 0.0938 kb in 3 blocks
// CHECK-NEXT: #0 make {{.*}}clear-stacks.c:10
// CHECK-NEXT: #1 from_b {{.*}}clear-stacks.c:16
// CHECK-NEXT: #2 step {{.*}}clear-stacks.c:21
// CHECK:      razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.3125 kb retained
