// The symbolizer runs once per report for every stack in it (batched), also with report=call: a probe with two growing sites, reported after each call; a wrapper around llvm-symbolizer logs each start, and there are exactly as many starts as reports that print stacks.
// RUN: %clang_razor -g %s -o %t
// RUN: rm -f %t.log
// RUN: env TRACE_BATCH=1 SYM_LOG=%t.log %env_razor_opts=report=call:symbolizer=%S/Inputs/counting-symbolizer.sh %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
// RUN: awk '/^razortrace: probe/ { if (s) n++; s = 0 } /stack 1 of/ { s = 1 } END { if (s) n++; print "reports with stacks:", n }' %t.out > %t.count
// RUN: wc -l < %t.log | sed 's/^/starts: /' >> %t.count
// RUN: FileCheck %s --check-prefix=COUNT < %t.count
#include <razortrace.h>
#include <stdlib.h>

static void *a[20], *b[20];

RAZOR_PROBE("TRACE_BATCH,traceback") void keep(int i) {
  a[i] = malloc(32); // a-line
  b[i] = malloc(48); // b-line
}

int main(void) {
  for (int i = 0; i < 20; i++)
    keep(i);
  return 0;
}
// CHECK: stack 1 of 1
// CHECK: #1 main {{.*}}symbolizer-batched.c:21
// CHECK: stack 1 of 1
// CHECK: #1 main {{.*}}symbolizer-batched.c:21
// COUNT: reports with stacks: [[N:[1-9][0-9]*]]
// COUNT-NEXT: starts: [[N]]
