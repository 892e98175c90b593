// A suppressions file may hold # comments, blank and indented lines; only its real entries apply.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_COMMENTS=1 %env_razor_opts=suppressions=%S/Inputs/comments.supp %run %t 2>%t.err
// RUN: FileCheck %s < %t.err
#include <razortrace.h>
#include <stdlib.h>

static void *a[8], *b[8];

void drop_this(int i) { a[i] = malloc(300); }
void keep_this(int i) { b[i] = malloc(100); }

RAZOR_PROBE("TRACE_COMMENTS") void work(int i) {
  drop_this(i);
  keep_this(i);
}

int main(void) {
  for (int i = 0; i < 8; i++)
    work(i);
  return 0;
}
// CHECK-NOT: razortrace: RAZOR_OPTIONS
// CHECK-NOT: drop_this
// CHECK: suppress-comments.c line: 11 column: {{[0-9]+}} function: keep_this
// CHECK-NOT: drop_this
// CHECK: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s)
