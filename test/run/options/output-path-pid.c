// output=PATH writes the report to that file, with %p in the path replaced by the pid of the program.
// RUN: %clang_razor %s -o %t
// RUN: rm -rf %t.d && mkdir -p %t.d
// RUN: env TRACE_PID=1 %env_razor_opts=output=%t.d/report.%%p.txt %run %t > %t.pid 2>%t.err
// RUN: count 0 < %t.err
// RUN: ls %t.d > %t.ls
// RUN: cat %t.pid %t.ls | FileCheck %s
// RUN: cat %t.d/report.*.txt | FileCheck %s --check-prefix=REPORT
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void *keep[8];

RAZOR_PROBE("TRACE_PID") void leak(int i) {
  keep[i] = malloc(100);
}

int main(void) {
  printf("pid %ld\n", (long)getpid());
  for (int i = 0; i < 8; i++)
    leak(i);
  return 0;
}
// CHECK: pid [[PID:[0-9]+]]
// CHECK-NEXT: {{^}}report.[[PID]].txt{{$}}
// CHECK-NOT: report

// REPORT: razortrace: probe leak (trigger TRACE_PID) {{.*}} 8 calls sampled{{$}}
// REPORT: razortrace: SUMMARY: 1 growing site(s)
