// With no symbolizer (symbolizer=/nonexistent) the trace falls back to dladdr and the ELF symbol table: #0 still exact from the site record, a probe's frame from the probe's record (its file and definition line), other callers named by the symbol table (static functions too) with the file and definition line of their function records, and one note line on stderr however many stacks are printed. (Recognising allocation wrappers by shape is off here, no-auto-alloc: its helpers would charge their callers.)
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -g %s -o %t
// RUN: env TRACE_A=1 TRACE_B=1 %env_razor_opts=symbolizer=/nonexistent %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_A=1 TRACE_B=1 %env_razor_opts=symbolizer=/nonexistent %run %t 2>&1 | grep -c "razortrace: note:" | FileCheck %s --check-prefix=ONCE
// RUN: env TRACE_A=1 TRACE_B=1 %env_razor_opts=symbolizer=/nonexistent:format=json:output=stdout %run %t | %jsonl | FileCheck %s --check-prefix=JSON
#include <razortrace.h>
#include <stdlib.h>

static void *kept[20];

static void *xmalloc(size_t n) {
  return malloc(n);
}

RAZOR_PROBE("TRACE_A,traceback") void first(int i) {
  kept[i] = xmalloc(40);
}

RAZOR_PROBE("TRACE_B,traceback") void second(int i) {
  kept[10 + i] = malloc(24);
}

int main(void) {
  for (int i = 0; i < 10; i++) {
    first(i);
    second(i);
  }
  return 0;
}
// CHECK:      razortrace: note: no symbolizer found (/nonexistent is not executable); traceback frames show function names from the symbol tables, without lines (RAZOR_OPTIONS=symbolizer=PATH)
// CHECK:      -----trace-----
// CHECK-NEXT: {{^}}    stacks recorded for {{[1-9][0-9]*}} of {{[0-9]+}} retained blocks{{$}}
// CHECK-NEXT: {{^}}    stack 1 of 1: {{[0-9.]+}} kb in {{[0-9]+}} blocks{{$}}
// CHECK-NEXT: {{^}}    #0 xmalloc {{.*}}symbolizer-missing.c:12{{$}}
// CHECK-NEXT: {{^}}    #1 first {{.*}}symbolizer-missing.c:15 command: RAZOR_PROBE("TRACE_A,traceback") void first(int i) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    #2 main {{.*}}symbolizer-missing.c:23 command: int main(void) {{[{]}}{{$}}
// CHECK-NEXT: razortrace: probe second
// CHECK:      -----trace-----
// CHECK-NEXT: {{^}}    stacks recorded for {{[1-9][0-9]*}} of {{[0-9]+}} retained blocks{{$}}
// CHECK-NEXT: {{^}}    stack 1 of 1: {{[0-9.]+}} kb in {{[0-9]+}} blocks{{$}}
// CHECK-NEXT: {{^}}    #0 second {{.*}}symbolizer-missing.c:20{{$}}
// CHECK-NEXT: {{^}}    #1 main {{.*}}symbolizer-missing.c:23 command: int main(void) {{[{]}}{{$}}
// ONCE: {{^}}1{{$}}
// JSON:      probes[0].sites[0].traceback[0].function = "xmalloc"
// JSON-NEXT: probes[0].sites[0].traceback[0].file = "{{.*}}symbolizer-missing.c"
// JSON-NEXT: probes[0].sites[0].traceback[0].line = 12
// JSON-NEXT: probes[0].sites[0].traceback[0].column = 10
// JSON-NEXT: probes[0].sites[0].traceback[1].function = "first"
// JSON-NEXT: probes[0].sites[0].traceback[1].file = "{{.*}}symbolizer-missing.c"
// JSON-NEXT: probes[0].sites[0].traceback[1].line = 15
// JSON-NEXT: probes[0].sites[0].traceback[1].column = 0
// JSON-NEXT: probes[0].sites[0].traceback[2].function = "main"
