// report=call with format=json writes one object right after every sampled call, the first one included.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_CALLJ=1 %env_razor_opts=report=call:format=json:output=stdout %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *keep[8];

RAZOR_PROBE("TRACE_CALLJ") void leak(int i) {
  keep[i] = malloc(8);
}

int main(void) {
  for (int i = 0; i < 8; i++) {
    leak(i);
    printf("after call %d\n", i + 1);
  }
  return 0;
}
// Calls 1 to 7 are too few for a verdict (min_calls 8); call 8's report
// has the growing site.
// CHECK: {"razortrace": 1, {{.*}}"calls": 1, "sites": [], "verdict": "too-few-calls", "min_calls": 8}]}
// CHECK-NEXT: after call 1
// CHECK-NEXT: {"razortrace": 1, {{.*}}"calls": 2, "sites": [], "verdict": "too-few-calls", "min_calls": 8}]}
// CHECK-NEXT: after call 2
// CHECK-NEXT: {"razortrace": 1, {{.*}}"calls": 3, "sites": [], "verdict": "too-few-calls", "min_calls": 8}]}
// CHECK-NEXT: after call 3
// CHECK-NEXT: {"razortrace": 1, {{.*}}"calls": 4, "sites": [], "verdict": "too-few-calls", "min_calls": 8}]}
// CHECK-NEXT: after call 4
// CHECK-NEXT: {"razortrace": 1, {{.*}}"calls": 5, "sites": [], "verdict": "too-few-calls", "min_calls": 8}]}
// CHECK-NEXT: after call 5
// CHECK-NEXT: {"razortrace": 1, {{.*}}"calls": 6, "sites": [], "verdict": "too-few-calls", "min_calls": 8}]}
// CHECK-NEXT: after call 6
// CHECK-NEXT: {"razortrace": 1, {{.*}}"calls": 7, "sites": [], "verdict": "too-few-calls", "min_calls": 8}]}
// CHECK-NEXT: after call 7
// CHECK-NEXT: {"razortrace": 1, {{.*}}"calls": 8, "sites": [{{.*}}"line": 11, {{.*}}"samples": [8, 16, 24, 32, 40, 48, 56, 64]{{.*}}}], "verdict": "growing"}]}
// CHECK-NEXT: after call 8
// CHECK-NOT: razortrace
