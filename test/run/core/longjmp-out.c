// A probe left by longjmp closes its sample when its thread next enters the probe: every call is counted once and the leak is reported.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_JMP=1 %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <setjmp.h>
#include <stdlib.h>

static jmp_buf back;
static void *kept[10];

RAZOR_PROBE("TRACE_JMP") void attempt(int i) {
  kept[i] = malloc(64);
  if (i % 2)
    longjmp(back, 1);
}

int main(void) {
  for (volatile int i = 0; i < 10; i++)
    if (!setjmp(back))
      attempt(i);
  return 0;
}
// CHECK:      razortrace: probe attempt (trigger TRACE_JMP) in {{.*}} — 10 calls sampled
// CHECK-NEXT: line: 12 column: 13 function: attempt command: kept[i] = malloc(64);
// CHECK-NEXT: • average kb per call: 0.0625   • total kb: 0.6250   • blocks: 10
