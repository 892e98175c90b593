// A frame in a plain library built with -fomit-frame-pointer (a callback into instrumented code) that leaves a bogus frame pointer: the frame-pointer walk stops cleanly there, nothing faults, and the stack is completed with the unwind tables through the library's frame down to main; the finding and its counts are unchanged. (Recognising allocation wrappers by shape is off here, no-auto-alloc: its helpers would charge their callers.)
// RUN: %clang -g -O2 -fomit-frame-pointer -fPIC -shared %S/Inputs/plain-nofp.c -o %t-libplain.so
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -g %s %t-libplain.so -o %t
// RUN: env TRACE_NOFP=1 %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_NOFP=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s --check-prefix=JSON
#include <razortrace.h>
#include <stdlib.h>

void plain_each(int n, void (*cb)(int));
static void *kept[8];
static int next;

static void *make(int i) {
  return malloc(16 + (size_t)i); // make-line
}

static void on_item(int i) {
  kept[next++] = make(i); // on_item-line
}

RAZOR_PROBE("TRACE_NOFP,traceback") void run(void) {
  plain_each(1, on_item);
}

int main(void) {
  for (int k = 0; k < 8; k++)
    run();
  return 0;
}
// CHECK:      no-frame-pointer.c line: 14 column: 10 function: make command: return malloc(16 + (size_t)i); // make-line
// CHECK-NEXT: average kb per call: 0.0156   • total kb: 0.1250   • blocks: 8
// CHECK-NEXT: {{^}}						-----trace-----{{$}}
// CHECK-NEXT: {{^}}    stacks recorded for {{[1-9][0-9]*}} of {{[0-9]+}} retained blocks{{$}}
// CHECK-NEXT: {{^}}    stack 1 of 1: {{[0-9.]+}} kb in {{[0-9]+}} blocks{{$}}
// CHECK-NEXT: {{^}}    #0 make {{.*}}no-frame-pointer.c:14{{$}}
// CHECK-NEXT: {{^}}    #1 on_item {{.*}}/no-frame-pointer.c:18 command: kept[next++] = make(i); // on_item-line{{$}}
// CHECK-NEXT: {{^}}    #2 plain_each {{.*}}/Inputs/plain-nofp.c:10 command: cb(i);{{$}}
// CHECK-NEXT: {{^}}    #3 run {{.*}}/no-frame-pointer.c:22 command: plain_each(1, on_item);{{$}}
// CHECK-NEXT: {{^}}    #4 main {{.*}}/no-frame-pointer.c:27 command: run();{{$}}
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.1250 kb retained
// JSON:      probes[0].sites[0].total_bytes = 128
// JSON:      probes[0].sites[0].blocks = 8
// JSON:      probes[0].sites[0].traceback[2].function = "plain_each"
// JSON:      probes[0].sites[0].traceback[4].function = "main"
// JSON-NOT:  traceback[5]
// JSON:      jsonl: 1 report(s)
