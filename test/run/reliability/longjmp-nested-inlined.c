// 10^4 longjmps out of two nested probes, the inner one inlined into the outer (-O1): both activations are closed at the next entry, so every call of each is sampled once.
// Regression test; the bug it found (now fixed): with `inner` inlined into `outer`, both activations have the same
// frame.  At the next entry of `outer`, razor_reap (razor_probe.c) meets the
// dead `inner` first: equal frame, other probe, so it stops; razor_enter
// then finds the dead `outer` on the stack, takes the call for a recursion
// and does not sample it.  2 calls in 3 longjmp out, so outer.calls is 3334
// instead of 10000 (inner's own count is right).
// RUN: %clang_razor -O1 %s -o %t
// RUN: env TRACE_JMP=1 %env_razor_opts=format=json timeout 20 %run %t 2>&1 | %jsonl | FileCheck %s
#include <razortrace.h>
#include <setjmp.h>
#include <stdlib.h>

#define N 10000

static jmp_buf back;
static void *kept[N / 10];

RAZOR_PROBE("TRACE_JMP") void inner(int i) {
  if (i % 10 == 0)
    kept[i / 10] = malloc(32);
  if (i % 3)
    longjmp(back, 2);
}

RAZOR_PROBE("TRACE_JMP") void outer(int i) {
  inner(i);
}

int main(void) {
  for (volatile int i = 0; i < N; i++)
    if (!setjmp(back))
      outer(i);
  return 0;
}
// CHECK:      report 0: probes[0].function = "inner"
// CHECK:      report 0: probes[0].calls = 10000
// CHECK:      report 0: probes[0].sites[0].source = "kept[i / 10] = malloc(32);"
// CHECK:      report 0: probes[0].sites[0].total_bytes = 32000
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 1000
// CHECK:      report 0: probes[1].function = "outer"
// CHECK:      report 0: probes[1].calls = 10000
// CHECK:      report 0: probes[1].sites[0].source = "kept[i / 10] = malloc(32);"
// CHECK:      report 0: probes[1].sites[0].total_bytes = 32000
// CHECK-NEXT: report 0: probes[1].sites[0].blocks = 1000
// CHECK:      jsonl: 1 report(s)
