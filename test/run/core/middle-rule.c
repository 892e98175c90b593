// The verdict compares the last sample with the middle one: a list gaining an entry every tenth call is reported, a cache that filled up and then stayed flat is not.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_MID=1 %run %t 2>&1 | FileCheck %s --implicit-check-not=cache
#include <razortrace.h>
#include <stdlib.h>

static void *cache[10], *list[10];
static int cached, listed, calls;

// CHECK: razortrace: probe serve (trigger TRACE_MID) in {{.*}} — 40 calls sampled
RAZOR_PROBE("TRACE_MID") void serve(void) {
  ++calls;
  if (cached < 10)
    cache[cached++] = malloc(32);   /* full after 10 calls, flat for 30 */
  if (calls % 10 == 0)
    list[listed++] = malloc(100);
// CHECK-NEXT: line: [[# @LINE - 1]] column: 22 function: serve command: list[listed++] = malloc(100);
// CHECK-NEXT: • total kb: 0.3906   • blocks: 4
}

int main(void) {
  for (int i = 0; i < 40; i++)
    serve();
  return 0;
}
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.3906 kb retained
