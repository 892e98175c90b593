// Memory freed after the last sample, by an atexit handler or a destructor, does not cancel a finding; the report keeps the last sample's numbers.
// RUN: %clang_razor %s -o %t.atexit -DUSE_ATEXIT
// RUN: env TRACE_EXIT=1 %run %t.atexit 2>&1 | FileCheck %s
// RUN: %clang_razor %s -o %t.dtor
// RUN: env TRACE_EXIT=1 %run %t.dtor 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *kept[10];

RAZOR_PROBE("TRACE_EXIT") void keep(int i) { kept[i] = malloc(128); }

static void release_all(void) {
  for (int i = 0; i < 10; i++)
    free(kept[i]);
  fprintf(stderr, "released\n");
}

#ifndef USE_ATEXIT
__attribute__((destructor)) static void at_unload(void) { release_all(); }
#endif

int main(void) {
#ifdef USE_ATEXIT
  atexit(release_all);
#endif
  for (int i = 0; i < 10; i++)
    keep(i);
  return 0;
}
// CHECK:      released
// CHECK-NEXT: razortrace: probe keep (trigger TRACE_EXIT) in {{.*}} — 10 calls sampled
// CHECK-NEXT: line: 12 column: 56 function: keep command:
// CHECK-NEXT: • average kb per call: 0.1250   • total kb: 1.2500   • blocks: 10
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 1.2500 kb retained
