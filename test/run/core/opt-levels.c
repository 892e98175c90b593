// Optimisation does not change the findings: -O1, -O2 and -O3 report the same sites, lines, columns and numbers as -O0; the probe itself stays a function of its own (never inlined).
// RUN: %clang_razor -O0 %s -o %t.O0
// RUN: env TRACE_OPT=1 %run %t.O0 2>&1 | FileCheck %s
// RUN: %clang_razor -O1 %s -o %t.O1
// RUN: env TRACE_OPT=1 %run %t.O1 2>&1 | FileCheck %s
// RUN: %clang_razor -O2 %s -o %t.O2
// RUN: env TRACE_OPT=1 %run %t.O2 2>&1 | FileCheck %s
// RUN: %clang_razor -O3 %s -o %t.O3
// RUN: env TRACE_OPT=1 %run %t.O3 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

struct entry { struct entry *next; char *name; };
static struct entry *registry;

// CHECK:      razortrace: probe enroll (trigger TRACE_OPT) in {{.*}}/opt-levels.c:[[# @LINE + 1]] — 30 calls sampled
RAZOR_PROBE("TRACE_OPT") static void enroll(const char *name) {
  char *scratch = malloc(256);           /* freed below: not a finding */
  struct entry *e = malloc(sizeof *e);
  e->name = strdup(name);
  e->next = registry;
  registry = e;
  free(scratch);
// CHECK-NEXT: line: [[# @LINE - 5]] column: 21 function: enroll command: struct entry *e = malloc(sizeof *e);
// CHECK-NEXT: • average kb per call: 0.0156   • total kb: 0.4688   • blocks: 30
// CHECK-NEXT: line: [[# @LINE - 6]] column: 13 function: enroll command: e->name = strdup(name);
// CHECK-NEXT: • average kb per call: 0.0068   • total kb: 0.2051   • blocks: 30
// CHECK-NEXT: razortrace: SUMMARY: 2 growing site(s) in 1 probe(s), 0.6738 kb retained
}

int main(void) {
  for (int i = 0; i < 30; i++)
    enroll("client");
  return registry == NULL;
}
