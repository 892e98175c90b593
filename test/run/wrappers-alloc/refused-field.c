// Not a wrapper by its shape: a function that allocates a struct and returns a field of it (a pointer it loaded from the block) does not hand the block back; the finding stays at its malloc line and -Rpass-missed says why.
// RUN: %clang_razor -O0 -Rpass-missed=razortrace %s -o %t0 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: env TRACE_F=1 %run %t0 2>&1 | FileCheck %s
// RUN: %clang_razor -O2 %s -o %t2 && env TRACE_F=1 %run %t2 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

struct box { char *data; char inline_data[40]; };

char *box_data(void) {
  // REMARK: refused-field.c:[[# @LINE - 1]]:1: remark: 'box_data' is not an allocation wrapper: a return hands back something other than the block it allocated [-Rpass-missed=razortrace]
  struct box *b = malloc(sizeof *b);
  // CHECK: refused-field.c line: [[# @LINE - 1]] column: 19 function: box_data command: struct box *b = malloc(sizeof *b);
  if (!b)
    abort();
  b->data = b->inline_data;
  return b->data;
}

static char *kept[16];

RAZOR_PROBE("TRACE_F") void req(int i) { kept[i] = box_data(); }

int main(void) {
  for (int i = 0; i < 10; i++)
    req(i);
  return 0;
}
