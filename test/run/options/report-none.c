// report=none writes no report at all, in text or JSON, even when a probe leaks.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_NONE=1 %env_razor_opts=report=none %run %t > %t.out 2> %t.err
// RUN: count 0 < %t.err
// RUN: FileCheck %s < %t.out
// RUN: env TRACE_NONE=1 %env_razor_opts=report=none:format=json:output=stdout %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *keep[6];

RAZOR_PROBE("TRACE_NONE,clear") void leak(int i) {
  keep[i] = malloc(40);
}

int main(void) {
  for (int i = 0; i < 6; i++)
    leak(i);
  printf("only the program speaks\n");
  return 0;
}
// CHECK: only the program speaks
// CHECK-NOT: {{.}}

// The same run with the default report=exit reports the leak after every
// call (the probe is `clear`) and at exit: the silence above is report=none's.
// RUN: env TRACE_NONE=1 %env_razor_opts=min_calls=2 %run %t 2>&1 >/dev/null | FileCheck %s --check-prefix=REPORTED
// REPORTED-COUNT-6: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.0391 kb retained
// REPORTED-NEXT: razortrace: probe leak (trigger TRACE_NONE) in {{.*}}report-none.c:13 — 6 calls sampled
// REPORTED-NEXT: {{.*}}report-none.c line: 14 column: 13 function: leak command: keep[i] = malloc(40);
// REPORTED-NEXT: • average kb per call: 0.0391   • total kb: 0.2344   • blocks: 6
// REPORTED-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.2344 kb retained
// REPORTED-NOT: {{.}}
