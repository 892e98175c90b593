// output=stdout writes the exit report to stdout, after the program's own output, and nothing to stderr.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_OUT=1 %env_razor_opts=output=stdout %run %t 2>%t.err | FileCheck %s
// RUN: count 0 < %t.err
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *keep[8];

RAZOR_PROBE("TRACE_OUT") void leak(int i) {
  keep[i] = malloc(32);
}

int main(void) {
  for (int i = 0; i < 8; i++)
    leak(i);
  printf("program done\n");
  return 0;
}
// CHECK: program done
// CHECK-NEXT: razortrace: probe leak (trigger TRACE_OUT) in {{.*}}output-stdout.c:11 — 8 calls sampled
// CHECK-NEXT: {{.*}}output-stdout.c line: 12 column: 13 function: leak command: keep[i] = malloc(32);
// CHECK: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.2500 kb retained
