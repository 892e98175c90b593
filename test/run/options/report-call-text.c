// report=call writes a text report right after every sampled call ("no verdict" while calls are too few, in the header and the last line, "no growing allocation sites" when nothing grows, else the findings), and none at exit.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_CALL=1 %env_razor_opts=report=call:output=stdout:min_calls=2 %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *keep[4];

RAZOR_PROBE("TRACE_CALL") void leak(int i) {
  keep[i] = malloc(1024);
}

int main(void) {
  for (int i = 0; i < 4; i++) {
    leak(i);
    printf("after call %d\n", i + 1);
  }
  printf("main returns\n");
  return 0;
}
// min_calls=2 (RAZOR_OPTIONS): the first call is too few for a verdict and
// says so; the second is judged and has nothing growing (1 then 2 kb: growth
// seen only at the last call); from the third on the site grows.
// CHECK-NOT: razortrace
// CHECK:      razortrace: probe leak (trigger TRACE_CALL) in {{.*}}report-call-text.c:10 — 1 call sampled — no verdict: 1 call(s), min_calls is 2{{$}}
// CHECK-NEXT: razortrace: no verdict: too few calls (1 probe(s), 1 call(s) sampled)
// CHECK-NEXT: after call 1
// CHECK-NEXT: razortrace: no growing allocation sites (1 probe(s), 2 call(s) sampled)
// CHECK-NEXT: after call 2
// CHECK-NEXT: razortrace: probe leak (trigger TRACE_CALL) in {{.*}}report-call-text.c:10 — 3 calls sampled{{$}}
// CHECK-NEXT: {{.*}}report-call-text.c line: 11 column: 13 function: leak command: keep[i] = malloc(1024);
// CHECK-NEXT: average kb per call: 1.0000 {{.*}} total kb: 3.0000 {{.*}} blocks: 3{{$}}
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 3.0000 kb retained
// CHECK-NEXT: after call 3
// CHECK-NEXT: razortrace: probe leak {{.*}} 4 calls sampled{{$}}
// CHECK:      razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 4.0000 kb retained
// CHECK-NEXT: after call 4
// CHECK-NEXT: main returns
// CHECK-NOT: razortrace
