// Traceback at -O2: three calls deep across two translation units; functions inlined into their callers appear as their own frames, marked "(inlined)" in text and "inlined": true in JSON. (Recognising allocation wrappers by shape is off here, no-auto-alloc: its helpers would charge their callers.)
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -g -O2 %s %S/Inputs/deep-helper.c -o %t
// RUN: env TRACE_DEEP=1 %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_DEEP=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s --check-prefix=JSON
#include <razortrace.h>

void *make_item(int i);
static void *kept[20];

static void step(int i) {
  kept[i] = make_item(i); // step-line
}

RAZOR_PROBE("TRACE_DEEP,traceback") void work(int i) {
  step(i); // work-line
}

int main(void) {
  for (int i = 0; i < 20; i++)
    work(i); // main-line
  return 0;
}
// CHECK:      deep-helper.c line: 5 column: 10 function: xalloc command: return malloc(n); /* xalloc-line */
// CHECK:      {{^}}						-----trace-----{{$}}
// CHECK-NEXT: {{^}}    stacks recorded for {{[1-9][0-9]*}} of {{[0-9]+}} retained blocks{{$}}
// CHECK-NEXT: {{^}}    stack 1 of 1: {{[0-9.]+}} kb in {{[0-9]+}} blocks{{$}}
// CHECK-NEXT: {{^}}    #0 xalloc {{.*}}Inputs/deep-helper.c:5{{$}}
// CHECK-NEXT: {{^}}    #1 make_item {{.*}}/Inputs/deep-helper.c:9 command: void *p = xalloc(32 + (size_t)i % 3); /* make_item-line */{{$}}
// CHECK-NEXT: {{^}}    #2 step {{.*}}/deep-O2.c:11 (inlined) command: kept[i] = make_item(i); // step-line{{$}}
// CHECK-NEXT: {{^}}    #3 work {{.*}}/deep-O2.c:15{{( \(inlined\))?}} command: step(i); // work-line{{$}}
// CHECK-NEXT: {{^}}    #4 main {{.*}}/deep-O2.c:20 command: work(i); // main-line{{$}}
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s)
// JSON:      probes[0].sites[0].traceback[0].function = "xalloc"
// JSON:      probes[0].sites[0].traceback[1].function = "make_item"
// JSON-NEXT: probes[0].sites[0].traceback[1].file = "{{.*}}/Inputs/deep-helper.c"
// JSON-NEXT: probes[0].sites[0].traceback[1].line = 9
// JSON-NEXT: probes[0].sites[0].traceback[1].column = 13
// JSON-NEXT: probes[0].sites[0].traceback[2].function = "step"
// JSON-NEXT: probes[0].sites[0].traceback[2].file = "{{.*}}/deep-O2.c"
// JSON-NEXT: probes[0].sites[0].traceback[2].line = 11
// JSON-NEXT: probes[0].sites[0].traceback[2].column = 13
// JSON-NEXT: probes[0].sites[0].traceback[2].inlined = true
// JSON-NEXT: probes[0].sites[0].traceback[3].function = "work"
// JSON:      probes[0].sites[0].traceback[4].function = "main"
// JSON-NOT:  traceback[5]
// JSON:      jsonl: 1 report(s)
