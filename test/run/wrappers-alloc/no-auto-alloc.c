// -fplugin-arg-razortrace-no-auto-alloc turns the recognition by shape off: the finding is then the malloc line inside xmalloc; with it on (the default), the caller's line.
// RUN: %clang_razor -O1 %s -o %t && env TRACE_N=1 %run %t 2>&1 | FileCheck %s --check-prefix=AUTO
// RUN: %clang_razor -O1 -fplugin-arg-razortrace-no-auto-alloc %s -o %tn && env TRACE_N=1 %run %tn 2>&1 | FileCheck %s --check-prefix=OFF
// The remark says which functions were taken, and why.
// RUN: %clang_razor -O1 -c -o /dev/null -Rpass=razortrace %s 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: %clang_razor -O1 -c -o /dev/null -Rpass=razortrace -fplugin-arg-razortrace-no-auto-alloc %s 2>&1 | FileCheck %s --allow-empty --check-prefix=NONE
// NONE-NOT: remark
#include <razortrace.h>
#include <stdlib.h>

void *xmalloc(size_t n) {
  // REMARK: no-auto-alloc.c:[[# @LINE - 1]]:1: remark: 'xmalloc' is an allocation wrapper: it only obtains memory and hands it back [-Rpass=razortrace]
  void *p = malloc(n);
  // OFF: no-auto-alloc.c line: [[# @LINE - 1]] column: 13 function: xmalloc command: void *p = malloc(n);
  if (p == NULL)
    exit(2);
  return p;
}

static void *kept[16];

RAZOR_PROBE("TRACE_N") void run(int i) {
  kept[i] = xmalloc(64);
  // AUTO: no-auto-alloc.c line: [[# @LINE - 1]] column: 13 function: run command: kept[i] = xmalloc(64);
}

int main(void) {
  for (int i = 0; i < 10; i++)
    run(i);
  return 0;
}
