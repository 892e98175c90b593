// Not a wrapper by its shape: a function that also stores the block in a global (a registry) keeps it itself; the finding stays at its malloc line and -Rpass-missed says why.
// RUN: %clang_razor -O0 -Rpass-missed=razortrace %s -o %t0 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: env TRACE_G=1 %run %t0 2>&1 | FileCheck %s
// RUN: %clang_razor -O2 %s -o %t2 && env TRACE_G=1 %run %t2 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

static void *registry[64];
static int registered;

void *tracked_alloc(size_t n) {
  // REMARK: refused-global.c:[[# @LINE - 1]]:1: remark: 'tracked_alloc' is not an allocation wrapper: it stores the block in a global or another object [-Rpass-missed=razortrace]
  void *p = malloc(n);
  // CHECK: refused-global.c line: [[# @LINE - 1]] column: 13 function: tracked_alloc command: void *p = malloc(n);
  if (!p)
    abort();
  registry[registered++] = p;
  return p;
}

RAZOR_PROBE("TRACE_G") void req(void) { (void)tracked_alloc(32); }

int main(void) {
  for (int i = 0; i < 10; i++)
    req();
  return 0;
}
