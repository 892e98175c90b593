// Built without -g, frames in instrumented code name their function, file and line from the program's own records, never "file:0": a probe's frame gets the probe's file and line (its definition), a function with an allocation site of its own gets that site's file, a static function the symbol table's file alone; module+offset only where nothing else is known (main, with the module's name). (Recognising allocation wrappers by shape is off here, no-auto-alloc: the shared helper would charge its callers.)
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -O0 %s -o %t
// RUN: env TRACE_NG=1 %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_NG=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s --check-prefix=JSON
#include <razortrace.h>
#include <stdlib.h>

static void *kept[64];
static int n;
void *volatile sink;

__attribute__((noinline)) static void *make(int i) {
  return malloc(24 + (size_t)i % 3); // make-line
}

__attribute__((noinline)) static void *middle(int i) {
  return make(i);
}

__attribute__((noinline)) void fill(int i) {
  sink = malloc(8); // a site of fill's own
  free(sink);
  kept[n++] = middle(i);
}

RAZOR_PROBE("TRACE_NG,traceback") void run(int i) {
  fill(i);
}

int main(void) {
  for (int i = 0; i < 40; i++)
    run(i);
  return 0;
}
// CHECK:      no-debug-info.c line: 13 column: 10 function: make command: return malloc(24 + (size_t)i % 3); // make-line
// CHECK:      stack 1 of 1:
// CHECK-NEXT: {{^}}    #0 make {{.*}}no-debug-info.c:13{{$}}
// CHECK-NEXT: {{^}}    #1 middle no-debug-info.c{{$}}
// CHECK-NEXT: {{^}}    #2 fill {{.*}}no-debug-info.c{{$}}
// CHECK-NEXT: {{^}}    #3 run {{.*}}no-debug-info.c:26 command: RAZOR_PROBE("TRACE_NG,traceback") void run(int i) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    #4 main {{.*}}no-debug-info.c.tmp+0x{{[0-9a-f]+}}{{$}}
// CHECK-NOT:  :0{{$}}
// JSON:      probes[0].sites[0].traceback[2].function = "fill"
// JSON-NEXT: probes[0].sites[0].traceback[2].file = "{{.*}}no-debug-info.c"
// JSON:      probes[0].sites[0].traceback[3].function = "run"
// JSON-NEXT: probes[0].sites[0].traceback[3].file = "{{.*}}no-debug-info.c"
// JSON-NEXT: probes[0].sites[0].traceback[3].line = 26
// JSON:      probes[0].sites[0].traceback[4].function = "main"
// JSON-NEXT: probes[0].sites[0].traceback[4].file = ""
// JSON:      probes[0].sites[0].traceback[4].module = "{{.*}}no-debug-info.c.tmp"
