// Not a wrapper by its shape: a function that frees the block it allocated (a grow-by-copy that frees the old one it made) is refused; -Rpass-missed says why and the finding stays inside it.
// RUN: %clang_razor -O0 -Rpass-missed=razortrace %s -o %t0 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: env TRACE_X=1 %run %t0 2>&1 | FileCheck %s
// RUN: %clang_razor -O2 %s -o %t2 && env TRACE_X=1 %run %t2 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

extern int check_block(const char *p);
int check_block(const char *p) { return p[0] == 0; }

char *fresh_zeroed(size_t n) {
  // REMARK: refused-frees.c:[[# @LINE - 1]]:1: remark: 'fresh_zeroed' is not an allocation wrapper: it frees the block [-Rpass-missed=razortrace]
  char *p = malloc(n);
  // CHECK: refused-frees.c line: [[# @LINE - 1]] column: 13 function: fresh_zeroed command: char *p = malloc(n);
  if (!p)
    return NULL;
  memset(p, 0, n);
  if (n > 4096) {
    free(p);
    return NULL;
  }
  return p;
}

static char *kept[16];

RAZOR_PROBE("TRACE_X") void req(int i) { kept[i] = fresh_zeroed(24); }

int main(void) {
  for (int i = 0; i < 10; i++)
    req(i);
  return 0;
}
