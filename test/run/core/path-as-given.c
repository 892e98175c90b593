// Paths are as the compiler saw them (SPEC 5): a file compiled by its absolute path is reported by that absolute path, whatever the current directory.
// RUN: rm -rf %t.d && mkdir -p %t.d/src %t.d/build
// RUN: cp %s %t.d/src/keep.c
// RUN: cd %t.d/build && %clang_razor %t.d/src/keep.c -o %t
// RUN: cd %t.d/build && env TRACE_PATH=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s -DFILE=%t.d/src/keep.c
#include <razortrace.h>
#include <stdlib.h>

static void *kept[8];

RAZOR_PROBE("TRACE_PATH") void keep(int i) { kept[i] = malloc(8); }

int main(void) {
  for (int i = 0; i < 8; i++)
    keep(i);
  return 0;
}
// CHECK: report 0: probes[0].file = "[[FILE]]"
// CHECK: report 0: probes[0].sites[0].file = "[[FILE]]"
