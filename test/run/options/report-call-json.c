// report=call with format=json writes one object right after every sampled call, the first one included.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_CALLJ=1 %env_razor_opts=report=call:format=json:output=stdout %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *keep[3];

RAZOR_PROBE("TRACE_CALLJ") void leak(int i) {
  keep[i] = malloc(8);
}

int main(void) {
  for (int i = 0; i < 3; i++) {
    leak(i);
    printf("after call %d\n", i + 1);
  }
  return 0;
}
// CHECK: {"razortrace": 1, {{.*}}"calls": 1, "sites": []}]}
// CHECK-NEXT: after call 1
// CHECK-NEXT: {"razortrace": 1, {{.*}}"calls": 2, "sites": [{{.*}}"line": 11, {{.*}}"samples": [8, 16]}]}]}
// CHECK-NEXT: after call 2
// CHECK-NEXT: {"razortrace": 1, {{.*}}"calls": 3, "sites": [{{.*}}"line": 11, {{.*}}"samples": [8, 16, 24]}]}]}
// CHECK-NEXT: after call 3
// CHECK-NOT: razortrace
