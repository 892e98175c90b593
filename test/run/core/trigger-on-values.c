// A trigger set to anything but an off value (1, yes, on, true, any word) turns the probe on.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_X=1 %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_X=yes %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_X=on %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_X=ON %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_X=true %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_X=2 %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_X=verbose %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

static void *kept[100];

// CHECK: razortrace: probe leak (trigger TRACE_X) in {{.*}}/trigger-on-values.c:[[# @LINE + 1]] — 100 calls sampled
RAZOR_PROBE("TRACE_X") void leak(int i) {
  kept[i] = malloc(32);
// CHECK-NEXT: {{.*}}/trigger-on-values.c line: [[# @LINE - 1]] column: 13 function: leak command: kept[i] = malloc(32);
}

int main(void) {
  for (int i = 0; i < 100; i++)
    leak(i);
  return 0;
}
