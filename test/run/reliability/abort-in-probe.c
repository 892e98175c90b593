// abort() from inside a probe kills the program with SIGABRT as usual: no report, no hang.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_ABORT=1 timeout 20 not --crash %run %t > %t.out 2>&1
// RUN: FileCheck %s --implicit-check-not=razortrace < %t.out
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *kept[10];

RAZOR_PROBE("TRACE_ABORT") void step(int i) {
  kept[i] = malloc(256);
  if (i == 9) {
    fprintf(stderr, "aborting\n");
    abort();
  }
}

int main(void) {
  for (int i = 0; i < 10; i++)
    step(i);
  return 0;
}
// CHECK: aborting
