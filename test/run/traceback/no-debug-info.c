// Built without -g, frames in instrumented code name their function, file and line from the program's own records, never "file:0" and never module+offset: a probe's frame gets the probe's file and line (its definition), every other function (a static one, relay and main with no site of their own, fill with one) its function record's file and the line of its definition, with that line's text; the name is the executable's symbol table's (.symtab: an executable exports nothing to dladdr), so stacks that differ only by where in a function they were called read (and group) as one; the runtime's own ELF reader gives the same without llvm-symbolizer.  Stripped, the records still give file and line (the unwind tables say where each function starts), with no name; stripped and built without unwind tables, module+offset is all that is known of those frames, and they show so.  (Recognising allocation wrappers by shape is off here, no-auto-alloc: the shared helper would charge its callers.)
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -O0 %s -o %t
// RUN: env TRACE_NG=1 %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_NG=1 %env_razor_opts=symbolizer=/nonexistent %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_NG=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s --check-prefix=JSON
// RUN: llvm-objcopy --strip-all %t %t.stripped
// RUN: env TRACE_NG=1 %run %t.stripped 2>&1 | FileCheck %s --check-prefix=STRIPPED
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -fno-asynchronous-unwind-tables -O0 %s -o %t.nounwind
// RUN: llvm-objcopy --strip-all %t.nounwind %t.bare
// RUN: env TRACE_NG=1 %run %t.bare 2>&1 | FileCheck %s --check-prefix=BARE
// RUN: env TRACE_NG=1 %env_razor_opts=format=json %run %t.bare 2>&1 | %jsonl | FileCheck %s --check-prefix=BARE-JSON
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
// CHECK:      no-debug-info.c line: 20 column: 10 function: make command: return malloc(24 + (size_t)i % 3); // make-line
// CHECK:      stack 1 of 1:
// CHECK-NEXT: {{^}}    #0 make {{.*}}no-debug-info.c:20{{$}}
// CHECK-NEXT: {{^}}    #1 middle {{.*}}no-debug-info.c:23 command: __attribute__((noinline)) static void *middle(int i) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    #2 relay {{.*}}no-debug-info.c:28 command: __attribute__((noinline)) void *relay(int i) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    #3 fill {{.*}}no-debug-info.c:32 command: __attribute__((noinline)) void fill(int i) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    #4 run {{.*}}no-debug-info.c:38 command: RAZOR_PROBE("TRACE_NG,traceback") void run(int i) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    #5 main {{.*}}no-debug-info.c:42 command: int main(void) {{[{]}}{{$}}
// CHECK-NEXT: razortrace: SUMMARY
// CHECK-NOT:  :0{{$}}
// JSON:      probes[0].sites[0].traceback[2].function = "relay"
// JSON-NEXT: probes[0].sites[0].traceback[2].file = "{{.*}}no-debug-info.c"
// JSON-NEXT: probes[0].sites[0].traceback[2].line = 28
// JSON-NEXT: probes[0].sites[0].traceback[2].column = 0
// JSON-NEXT: probes[0].sites[0].traceback[3].function = "fill"
// JSON-NEXT: probes[0].sites[0].traceback[3].file = "{{.*}}no-debug-info.c"
// JSON-NEXT: probes[0].sites[0].traceback[3].line = 32
// JSON:      probes[0].sites[0].traceback[4].function = "run"
// JSON-NEXT: probes[0].sites[0].traceback[4].file = "{{.*}}no-debug-info.c"
// JSON-NEXT: probes[0].sites[0].traceback[4].line = 38
// JSON:      probes[0].sites[0].traceback[5].function = "main"
// JSON-NEXT: probes[0].sites[0].traceback[5].file = "{{.*}}no-debug-info.c"
// JSON-NEXT: probes[0].sites[0].traceback[5].line = 42
// JSON-NEXT: probes[0].sites[0].traceback[5].column = 0
// JSON-NEXT: probes[0].sites[0].stacks[0].bytes =

// Stripped: #0 from the site's record; the others from the function
// records, with no name.
// STRIPPED:      stack 1 of 1:
// STRIPPED-NEXT: {{^}}    #0 make {{.*}}no-debug-info.c:20{{$}}
// STRIPPED-NEXT: {{^}}    #1 ?? {{.*}}no-debug-info.c:23 command: {{.*}}middle(int i) {{[{]}}{{$}}
// STRIPPED-NEXT: {{^}}    #2 ?? {{.*}}no-debug-info.c:28 command: {{.*}}relay(int i) {{[{]}}{{$}}
// STRIPPED-NEXT: {{^}}    #3 ?? {{.*}}no-debug-info.c:32 command: {{.*}}fill(int i) {{[{]}}{{$}}
// STRIPPED-NEXT: {{^}}    #4 ?? {{.*}}no-debug-info.c:38 command: {{.*}}run(int i) {{[{]}}{{$}}
// STRIPPED-NEXT: {{^}}    #5 ?? {{.*}}no-debug-info.c:42 command: int main(void) {{[{]}}{{$}}
// STRIPPED-NEXT: razortrace: SUMMARY

// Stripped and without unwind tables: nothing says which function an
// address is in; module+offset, each address of its own, down to main's
// (the start-up code left out).
// BARE:      stack 1 of 1:
// BARE-NEXT: {{^}}    #0 make {{.*}}no-debug-info.c:20{{$}}
// BARE-NEXT: {{^}}    #1 ?? {{.*}}no-debug-info.c.tmp.bare+0x{{[0-9a-f]+}}{{$}}
// BARE-NEXT: {{^}}    #2 ?? {{.*}}no-debug-info.c.tmp.bare+0x{{[0-9a-f]+}}{{$}}
// BARE-NEXT: {{^}}    #3 ?? {{.*}}no-debug-info.c.tmp.bare+0x{{[0-9a-f]+}}{{$}}
// BARE-NEXT: {{^}}    #4 ?? {{.*}}no-debug-info.c.tmp.bare+0x{{[0-9a-f]+}}{{$}}
// BARE-NEXT: {{^}}    #5 ?? {{.*}}no-debug-info.c.tmp.bare+0x{{[0-9a-f]+}}{{$}}
// BARE-NEXT: razortrace: SUMMARY
// BARE-JSON:      probes[0].sites[0].traceback[1].function = ""
// BARE-JSON-NEXT: probes[0].sites[0].traceback[1].file = ""
// BARE-JSON:      probes[0].sites[0].traceback[1].module = "{{.*}}no-debug-info.c.tmp.bare"
// BARE-JSON-NEXT: probes[0].sites[0].traceback[1].offset = {{[1-9][0-9]*}}
