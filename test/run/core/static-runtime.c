// A program linked with the static runtime archive traces and reports the same as with the shared one.
// RUN: %clang_razor_static %s %razor_static_lib -o %t
// RUN: env TRACE_STATIC=1 %run %t 2>&1 | FileCheck %s
// RUN: %clang_razor %s -o %t.shared
// RUN: env TRACE_STATIC=1 %run %t.shared 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

static char *kept[12];

// CHECK:      razortrace: probe keep (trigger TRACE_STATIC) in {{.*}}/static-runtime.c:[[# @LINE + 1]] — 12 calls sampled
RAZOR_PROBE("TRACE_STATIC") void keep(int i) {
  kept[i] = strdup("twelve bytes");
  free(malloc(1000));
// CHECK-NEXT: line: [[# @LINE - 2]] column: 13 function: keep command: kept[i] = strdup("twelve bytes");
// CHECK-NEXT: • average kb per call: 0.0127   • total kb: 0.1523   • blocks: 12
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.1523 kb retained
}

int main(void) {
  for (int i = 0; i < 12; i++)
    keep(i);
  return 0;
}
