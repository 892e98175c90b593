// Reports are appended to an existing output file: an earlier content and an earlier report are kept.
// RUN: %clang_razor %s -o %t
// RUN: echo "earlier content" > %t.log
// RUN: env TRACE_APPEND=1 %env_razor_opts=output=%t.log %run %t
// RUN: env TRACE_APPEND=1 %env_razor_opts=output=%t.log %run %t
// RUN: FileCheck %s < %t.log
// RUN: rm -f %t.json
// RUN: env TRACE_APPEND=1 %env_razor_opts=output=%t.json:format=json %run %t
// RUN: env TRACE_APPEND=1 %env_razor_opts=output=%t.json:format=json %run %t
// RUN: %jsonl < %t.json | FileCheck %s --check-prefix=JSON
#include <razortrace.h>
#include <stdlib.h>

static void *keep[8];

RAZOR_PROBE("TRACE_APPEND") void leak(int i) {
  keep[i] = malloc(64);
}

int main(void) {
  for (int i = 0; i < 8; i++)
    leak(i);
  return 0;
}
// CHECK: earlier content
// CHECK-NEXT: razortrace: probe leak (trigger TRACE_APPEND) {{.*}} 8 calls sampled{{$}}
// CHECK: razortrace: SUMMARY: 1 growing site(s)
// CHECK-NEXT: razortrace: probe leak (trigger TRACE_APPEND) {{.*}} 8 calls sampled{{$}}
// CHECK: razortrace: SUMMARY: 1 growing site(s)
// CHECK-NOT: razortrace

// JSON: report 0: probes[0].calls = 8
// JSON: report 1: probes[0].calls = 8
// JSON: jsonl: 2 report(s)
