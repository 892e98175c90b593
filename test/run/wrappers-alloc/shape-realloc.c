// Recognised by its shape: xrealloc (realloc of the caller's block, a NULL check that reports and exits) and xcalloc; growth through xrealloc is charged to the line that called it.
// RUN: %clang_razor -O0 -Rpass=razortrace %s -o %t0 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: env TRACE_R=1 %run %t0 2>&1 | FileCheck %s
// RUN: %clang_razor -O2 %s -o %t2 && env TRACE_R=1 %run %t2 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

void *xrealloc(void *p, size_t n) {
  // REMARK: shape-realloc.c:[[# @LINE - 1]]:1: remark: 'xrealloc' is an allocation wrapper: it only obtains memory and hands it back
  void *q = realloc(p, n);
  if (q == NULL && n != 0) {
    perror("xrealloc");
    exit(1);
  }
  return q;
}

void *xcalloc(size_t n, size_t size) {
  // REMARK: shape-realloc.c:[[# @LINE - 1]]:1: remark: 'xcalloc' is an allocation wrapper: it only obtains memory and hands it back
  void *q = calloc(n, size);
  if (!q)
    abort();
  return q;
}

static int *items;
static size_t count;
static char *names[16];

RAZOR_PROBE("TRACE_R") void add(int i) {
  items = xrealloc(items, (count + 1) * 256 * sizeof *items);
  // CHECK-DAG: shape-realloc.c line: [[# @LINE - 1]] column: 11 function: add command: items = xrealloc(items, (count + 1) * 256 * sizeof *items);
  items[count++ * 256] = i;
  names[i] = xcalloc(4, 8);
  // CHECK-DAG: shape-realloc.c line: [[# @LINE - 1]] column: 14 function: add command: names[i] = xcalloc(4, 8);
}
// CHECK: SUMMARY: 2 growing site(s)

int main(void) {
  for (int i = 0; i < 10; i++)
    add(i);
  return 0;
}
