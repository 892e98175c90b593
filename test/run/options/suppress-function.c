// A suppressions line function:GLOB drops the findings whose allocation is in a function matching GLOB.
// RUN: %clang_razor %s -o %t
// RUN: echo "function:cache_*" > %t.supp
// RUN: env TRACE_FN=1 %env_razor_opts=suppressions=%t.supp %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

static void *a[8], *b[8];

void cache_fill(int i) { a[i] = malloc(300); }
void list_add(int i) { b[i] = malloc(100); }

RAZOR_PROBE("TRACE_FN") void work(int i) {
  cache_fill(i);
  list_add(i);
}

int main(void) {
  for (int i = 0; i < 8; i++)
    work(i);
  return 0;
}
// CHECK-NOT: cache_fill
// CHECK: suppress-function.c line: 11 column: {{[0-9]+}} function: list_add
// CHECK-NOT: cache_fill
// CHECK: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.7812 kb retained
