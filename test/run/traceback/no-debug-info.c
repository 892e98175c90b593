// Built without -g, frames in instrumented code name their function, file and line from the program's own records, never "file:0": a probe's frame gets the probe's file and line (its definition), a function with an allocation site of its own gets that site's file, a static function the symbol table's file alone; a function with neither (relay, global: no file in the symbol table) and main get their name from the executable's symbol table (.symtab: an executable exports nothing to dladdr) and the module's name, with no offset, so stacks that differ only by where in main they were called read (and group) as one; the runtime's own ELF reader gives the same without llvm-symbolizer.  Stripped, module+offset is all that is known of those frames, and they show so.  (Recognising allocation wrappers by shape is off here, no-auto-alloc: the shared helper would charge its callers.)
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -O0 %s -o %t
// RUN: env TRACE_NG=1 %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_NG=1 %env_razor_opts=symbolizer=/nonexistent %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_NG=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s --check-prefix=JSON
// RUN: llvm-objcopy --strip-all %t %t.stripped
// RUN: env TRACE_NG=1 %run %t.stripped 2>&1 | FileCheck %s --check-prefix=STRIPPED
// RUN: env TRACE_NG=1 %env_razor_opts=format=json %run %t.stripped 2>&1 | %jsonl | FileCheck %s --check-prefix=STRIPPED-JSON
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

/* Global, no site, no probe: known by the symbol table's name alone. */
__attribute__((noinline)) void *relay(int i) {
  return middle(i);
}

__attribute__((noinline)) void fill(int i) {
  sink = malloc(8); // a site of fill's own
  free(sink);
  kept[n++] = relay(i);
}

RAZOR_PROBE("TRACE_NG,traceback") void run(int i) {
  fill(i);
}

int main(void) {
  for (int i = 0; i < 40; i++)
    run(i);
  return 0;
}
// CHECK:      no-debug-info.c line: 17 column: 10 function: make command: return malloc(24 + (size_t)i % 3); // make-line
// CHECK:      stack 1 of 1:
// CHECK-NEXT: {{^}}    #0 make {{.*}}no-debug-info.c:17{{$}}
// CHECK-NEXT: {{^}}    #1 middle no-debug-info.c{{$}}
// CHECK-NEXT: {{^}}    #2 relay in {{.*}}no-debug-info.c.tmp{{$}}
// CHECK-NEXT: {{^}}    #3 fill {{.*}}no-debug-info.c{{$}}
// CHECK-NEXT: {{^}}    #4 run {{.*}}no-debug-info.c:35 command: RAZOR_PROBE("TRACE_NG,traceback") void run(int i) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    #5 main in {{.*}}no-debug-info.c.tmp{{$}}
// CHECK-NEXT: razortrace: SUMMARY
// CHECK-NOT:  :0{{$}}
// JSON:      probes[0].sites[0].traceback[2].function = "relay"
// JSON-NEXT: probes[0].sites[0].traceback[2].file = ""
// JSON-NEXT: probes[0].sites[0].traceback[2].line = 0
// JSON-NEXT: probes[0].sites[0].traceback[2].column = 0
// JSON-NEXT: probes[0].sites[0].traceback[2].module = "{{.*}}no-debug-info.c.tmp"
// JSON-NEXT: probes[0].sites[0].traceback[3].function = "fill"
// JSON-NEXT: probes[0].sites[0].traceback[3].file = "{{.*}}no-debug-info.c"
// JSON:      probes[0].sites[0].traceback[4].function = "run"
// JSON-NEXT: probes[0].sites[0].traceback[4].file = "{{.*}}no-debug-info.c"
// JSON-NEXT: probes[0].sites[0].traceback[4].line = 35
// JSON:      probes[0].sites[0].traceback[5].function = "main"
// JSON-NEXT: probes[0].sites[0].traceback[5].file = ""
// JSON:      probes[0].sites[0].traceback[5].module = "{{.*}}no-debug-info.c.tmp"
// JSON-NEXT: probes[0].sites[0].stacks[0].bytes =

// Stripped: #0 from the site's record; the others module+offset, each
// address of its own, down to main's (the start-up code left out).
// STRIPPED:      stack 1 of 1:
// STRIPPED-NEXT: {{^}}    #0 make {{.*}}no-debug-info.c:17{{$}}
// STRIPPED-NEXT: {{^}}    #1 ?? {{.*}}no-debug-info.c.tmp.stripped+0x{{[0-9a-f]+}}{{$}}
// STRIPPED-NEXT: {{^}}    #2 ?? {{.*}}no-debug-info.c.tmp.stripped+0x{{[0-9a-f]+}}{{$}}
// STRIPPED-NEXT: {{^}}    #3 ?? {{.*}}no-debug-info.c.tmp.stripped+0x{{[0-9a-f]+}}{{$}}
// STRIPPED-NEXT: {{^}}    #4 ?? {{.*}}no-debug-info.c.tmp.stripped+0x{{[0-9a-f]+}}{{$}}
// STRIPPED-NEXT: {{^}}    #5 ?? {{.*}}no-debug-info.c.tmp.stripped+0x{{[0-9a-f]+}}{{$}}
// STRIPPED-NEXT: razortrace: SUMMARY
// STRIPPED-JSON:      probes[0].sites[0].traceback[1].function = ""
// STRIPPED-JSON-NEXT: probes[0].sites[0].traceback[1].file = ""
// STRIPPED-JSON:      probes[0].sites[0].traceback[1].module = "{{.*}}no-debug-info.c.tmp.stripped"
// STRIPPED-JSON-NEXT: probes[0].sites[0].traceback[1].offset = {{[1-9][0-9]*}}
