// `debug` adds a -----sizes----- section listing each recorded sample in kb, and marks the site's second line "finding: yes".
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_DBG=1 %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

static void *kept[8];

RAZOR_PROBE("TRACE_DBG,debug") void keep(int i) {
  kept[i] = malloc(512);
// CHECK:      line: [[# @LINE - 1]] column: 13 function: keep command: kept[i] = malloc(512);
// CHECK-NEXT: • blocks: 8   • finding: yes{{$}}
// CHECK-NEXT: {{^}}						-----sizes-----{{$}}
// CHECK-NEXT: {{^}}    0.500 1.000 1.500 2.000 2.500 3.000 3.500 4.000{{$}}
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s)
}

int main(void) {
  for (int i = 0; i < 8; i++)
    keep(i);
  return 0;
}
