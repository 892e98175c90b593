// A vector grown by realloc doubling is growth, not reclaim: strict reports it at the realloc line, kind realloc, reclaimed false.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_PUSH=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

static int *items;
static size_t count, capacity;

RAZOR_PROBE("TRACE_PUSH") void push(int v) {
  if (count == capacity) {
    capacity = capacity ? capacity * 2 : 1;
    items = realloc(items, capacity * sizeof *items);
// CHECK:      report 0: probes[0].calls = 16
// CHECK-NEXT: report 0: probes[0].sites[0].file = "{{.*}}/realloc-growth.c"
// CHECK-NEXT: report 0: probes[0].sites[0].line = [[# @LINE - 3]]
// CHECK-NEXT: report 0: probes[0].sites[0].column = 13
// CHECK-NEXT: report 0: probes[0].sites[0].function = "push"
// CHECK-NEXT: report 0: probes[0].sites[0].source = "items = realloc(items, capacity * sizeof *items);"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "realloc"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 64
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 1
// CHECK-NEXT: report 0: probes[0].sites[0].average_bytes = 4.0
// CHECK-NEXT: report 0: probes[0].sites[0].reclaimed = false
// CHECK-NEXT: report 0: probes[0].sites[0].samples = [4, 8, 16, 16, 32, 32, 32, 32, 64, 64, 64, 64, 64, 64, 64, 64]
// CHECK:      report 0: probes[0].verdict = "growing"
// CHECK-NEXT: jsonl: 1 report(s)
  }
  items[count++] = v;
}

int main(void) {
  for (int i = 0; i < 16; i++)
    push(i);
  return 0;
}
