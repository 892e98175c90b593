// exit() called inside a probe closes that call's sample: the exit report counts the last call and what it allocated.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_EXIT=1 %env_razor_opts=format=json:output=stdout %run %t 2>&1 | %jsonl | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *keep[5];

RAZOR_PROBE("TRACE_EXIT") void step(int i) {
  keep[i] = malloc(100);
  if (i == 4) {
    printf("exiting from call %d\n", i + 1);
    exit(0);
  }
}

int main(void) {
  for (int i = 0; i < 10; i++)
    step(i);
  return 1;
}
// CHECK: report 0: probes[0].function = "step"
// CHECK: report 0: probes[0].calls = 5
// CHECK: report 0: probes[0].sites[0].line = 11
// CHECK: report 0: probes[0].sites[0].total_bytes = 500
// CHECK: report 0: probes[0].sites[0].samples = [100, 200, 300, 400, 500]
// CHECK: jsonl: 1 report(s)
