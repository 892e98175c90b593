// Built without -g, at -O0 and -O2, every frame of instrumented code reads function, file and line: the functions between the probe and the allocation have no site or probe record of their own (a static one, a global one, main), and their frames show the line of their definition from the function records, with its text ("command:"), never "file:0", "NAME in MODULE" or module+offset (before: "step definitions-no-debug.c", "process in /path/to/binary"); with llvm-symbolizer, and without it (the runtime's own ELF reader).
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -O0 %s -o %t0
// RUN: env TRACE_DEF=1 %run %t0 2>&1 | FileCheck %s
// RUN: env TRACE_DEF=1 %env_razor_opts=symbolizer=/nonexistent %run %t0 2>&1 | FileCheck %s
// RUN: env TRACE_DEF=1 %env_razor_opts=format=json %run %t0 2>&1 | %jsonl | FileCheck %s --check-prefix=JSON
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -O2 %s -o %t2
// RUN: env TRACE_DEF=1 %run %t2 2>&1 | FileCheck %s
// RUN: env TRACE_DEF=1 %env_razor_opts=symbolizer=/nonexistent %run %t2 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

static void *kept[64];
static int n;

__attribute__((noinline)) static void *allocate(int i) {
  return malloc(16 + (size_t)i % 4); // alloc-line
}

__attribute__((noinline)) static void *step(int i) {
  void *p = allocate(i);
  __asm__ volatile("" ::: "memory"); /* no tail call */
  return p;
}

__attribute__((noinline)) void *process(int i) {
  void *p = step(i);
  __asm__ volatile("" ::: "memory");
  return p;
}

RAZOR_PROBE("TRACE_DEF,traceback") void handle(int i) {
  kept[n++] = process(i);
  __asm__ volatile("" ::: "memory");
}

int main(void) {
  for (int i = 0; i < 24; i++)
    handle(i);
  return 0;
}
// CHECK:      definitions-no-debug.c line: 16 column: 10 function: allocate
// CHECK:      stack 1 of 1:
// CHECK-NEXT: {{^}}    #0 allocate {{.*}}definitions-no-debug.c:16{{$}}
// CHECK-NEXT: {{^}}    #1 step {{.*}}definitions-no-debug.c:19 command: __attribute__((noinline)) static void *step(int i) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    #2 process {{.*}}definitions-no-debug.c:25 command: __attribute__((noinline)) void *process(int i) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    #3 handle {{.*}}definitions-no-debug.c:31 command: RAZOR_PROBE("TRACE_DEF,traceback") void handle(int i) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    #4 main {{.*}}definitions-no-debug.c:36 command: int main(void) {{[{]}}{{$}}
// CHECK-NEXT: razortrace: SUMMARY
// JSON:      probes[0].sites[0].traceback[1].function = "step"
// JSON-NEXT: probes[0].sites[0].traceback[1].file = "{{.*}}definitions-no-debug.c"
// JSON-NEXT: probes[0].sites[0].traceback[1].line = 19
// JSON-NEXT: probes[0].sites[0].traceback[1].column = 0
// JSON-NEXT: probes[0].sites[0].traceback[2].function = "process"
// JSON-NEXT: probes[0].sites[0].traceback[2].file = "{{.*}}definitions-no-debug.c"
// JSON-NEXT: probes[0].sites[0].traceback[2].line = 25
