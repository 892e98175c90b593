// Not a wrapper by its shape: a constructor that fills a struct with a further block (an allocation it does not return) makes memory of its own; -Rpass-missed says why and both of its lines are findings.
// RUN: %clang_razor -O0 -Rpass-missed=razortrace %s -o %t0 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: env TRACE_O=1 %run %t0 2>&1 | FileCheck %s
// RUN: %clang_razor -O2 %s -o %t2 && env TRACE_O=1 %run %t2 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

struct item { char *name; int id; };

struct item *item_new(const char *name) {
  // REMARK: refused-other.c:[[# @LINE - 1]]:1: remark: 'item_new' is not an allocation wrapper: it makes an allocation it does not return (strdup) [-Rpass-missed=razortrace]
  struct item *it = malloc(sizeof *it);
  // CHECK-DAG: refused-other.c line: [[# @LINE - 1]] column: 21 function: item_new command: struct item *it = malloc(sizeof *it);
  it->name = strdup(name);
  // CHECK-DAG: refused-other.c line: [[# @LINE - 1]] column: 14 function: item_new command: it->name = strdup(name);
  it->id = 1;
  return it;
}
// CHECK: SUMMARY: 2 growing site(s)

static struct item *kept[16];

RAZOR_PROBE("TRACE_O") void req(int i) { kept[i] = item_new("twelve bytes"); }

int main(void) {
  for (int i = 0; i < 10; i++)
    req(i);
  return 0;
}
