// `traceback` shows the allocation's call stack, callers included (SPEC 5: "#1 main tests/text.c:30"), so a helper's callers can be told apart.
// #0 comes from the site's static record; #1 and #2 from the frame-pointer walk,
// symbolised at report time (the line numbers below are checked as they are). (Recognising allocation wrappers by shape is off here, no-auto-alloc: its helpers would charge their callers.)
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -g %s -o %t
// RUN: env TRACE_TB=1 %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

static void *kept[10];

static void *xmalloc(size_t n) { return malloc(n); }

RAZOR_PROBE("TRACE_TB,traceback") void keep(int i) {
  kept[i] = xmalloc(50);
}

int main(void) {
  for (int i = 0; i < 10; i++)
    keep(i);
  return 0;
}
// CHECK:      -----trace-----
// CHECK-NEXT: {{^}}    stacks recorded for {{[1-9][0-9]*}} of {{[0-9]+}} retained blocks{{$}}
// CHECK-NEXT: {{^}}    stack 1 of 1: {{[0-9.]+}} kb in {{[0-9]+}} blocks{{$}}
// CHECK-NEXT: #0 xmalloc {{.*}}/traceback-stack.c:11
// CHECK-NEXT: #1 keep {{.*}}/traceback-stack.c:14
// CHECK-NEXT: #2 main {{.*}}/traceback-stack.c:19
