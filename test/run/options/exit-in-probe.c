// exit() called inside a probe closes that call's sample: the exit report counts the last call and what it allocated.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_EXIT=1 %env_razor_opts=format=json:output=stdout %run %t 2>&1 | %jsonl | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *keep[8];

RAZOR_PROBE("TRACE_EXIT") void step(int i) {
  keep[i] = malloc(100);
  // CHECK: report 0: probes[0].function = "step"
  // CHECK: report 0: probes[0].calls = 8
  // CHECK: report 0: probes[0].sites[0].line = [[@LINE-3]]
  // CHECK: report 0: probes[0].sites[0].total_bytes = 800
  // CHECK: report 0: probes[0].sites[0].reclaimed = false
  // CHECK: report 0: probes[0].sites[0].samples = [100, 200, 300, 400, 500, 600, 700, 800]
  // CHECK-NOT: sites[1]
  // CHECK: jsonl: 1 report(s)
  if (i == 7)
    exit(0);
}

/* Runs at exit before the runtime's exit report: frees after the last
 * sample do not cancel the finding. */
static void release(void) {
  for (int i = 0; i < 8; i++)
    free(keep[i]);
}

int main(void) {
  atexit(release);
  for (int i = 0; i < 10; i++)
    step(i);
  return 1;
}
