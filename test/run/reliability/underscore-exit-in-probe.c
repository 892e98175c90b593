// _exit() from inside a probe ends the program at once with its own status: no report, no hang.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_QUICK=1 %env_razor_opts=format=json timeout 20 %python %S/../options/Inputs/status.py %t 2>&1 | FileCheck %s --implicit-check-not=razortrace
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void *kept[10];

RAZOR_PROBE("TRACE_QUICK") void step(int i) {
  kept[i] = malloc(256);
  if (i == 9) {
    printf("leaving\n");
    fflush(stdout);
    _exit(4);
  }
}

int main(void) {
  for (int i = 0; i < 10; i++)
    step(i);
  return 1;
}
// CHECK:      leaving
// CHECK-NEXT: exit status 4
