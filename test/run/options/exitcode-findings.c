// exitcode=N makes the program exit with N when the exit report has findings, after flushing the program's buffered stdout.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_EC=1 %env_razor_opts=exitcode=23 %python %S/Inputs/status.py %t 2>%t.err | FileCheck %s
// RUN: FileCheck %s --check-prefix=REPORT < %t.err
// RUN: env TRACE_EC=1 %env_razor_opts=exitcode=23 not %run %t > /dev/null 2>&1
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *keep[8];

RAZOR_PROBE("TRACE_EC") void leak(int i) {
  keep[i] = malloc(16);
}

int main(void) {
  /* stdout is a pipe: fully buffered, and no newline or fflush here. */
  printf("buffered output, never flushed by the program");
  for (int i = 0; i < 8; i++)
    leak(i);
  return 0;
}
// CHECK: buffered output, never flushed by the program
// CHECK-NEXT: exit status 23

// REPORT: razortrace: SUMMARY: 1 growing site(s)
