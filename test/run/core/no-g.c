// Built without -g (and with -g0), a site still has its exact line, column, function and source text.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_NOG=1 %run %t 2>&1 | FileCheck %s
// RUN: %clang_razor -g0 %s -o %t.g0
// RUN: env TRACE_NOG=1 %run %t.g0 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

static char *names[10];

RAZOR_PROBE("TRACE_NOG") void add(int i) {
  names[i] = malloc(24);  names[i][0] = 0;  strcat(names[i], "x");
  (void)strdup("a second allocation on the next line");
// CHECK:      line: [[# @LINE - 1]] column: 9 function: add command: (void)strdup("a second allocation on the next line");
// CHECK-NEXT: • blocks: 10
// CHECK-NEXT: line: [[# @LINE - 4]] column: 14 function: add command: names[i] = malloc(24);  names[i][0] = 0;  strcat(names[i], "x");
// CHECK-NEXT: • blocks: 10
}

int main(void) {
  for (int i = 0; i < 10; i++)
    add(i);
  return 0;
}
