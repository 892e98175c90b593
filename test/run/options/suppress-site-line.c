// A suppressions line site:GLOB:LINE drops only the finding at that line of the matching file.
// RUN: %clang_razor %s -o %t
// RUN: echo "site:suppress-site-line.c:19" > %t.supp
// RUN: env TRACE_LINE=1 %env_razor_opts=suppressions=%t.supp %run %t 2>&1 | FileCheck %s
// RUN: echo "site:suppress-site-line.c:99" > %t.other
// RUN: env TRACE_LINE=1 %env_razor_opts=suppressions=%t.other %run %t 2>&1 | FileCheck %s --check-prefix=KEPT
#include <razortrace.h>
#include <stdlib.h>

static void *a[8], *b[8];

RAZOR_PROBE("TRACE_LINE") void leak(int i) {
  a[i] = malloc(200);
  // The RUN lines above name the next line (19).
  //
  //
  //
  //
  b[i] = malloc(100);
}

int main(void) {
  for (int i = 0; i < 8; i++)
    leak(i);
  return 0;
}
// CHECK-NOT: line: 19
// CHECK: suppress-site-line.c line: 13 column: 10 function: leak command: a[i] = malloc(200);
// CHECK-NOT: line: 19
// CHECK: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 1.5625 kb retained

// KEPT: suppress-site-line.c line: 13 column: 10
// KEPT: suppress-site-line.c line: 19 column: 10
// KEPT: razortrace: SUMMARY: 2 growing site(s)
