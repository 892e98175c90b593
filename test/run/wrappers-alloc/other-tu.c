// A wrapper in another file built with the plugin is recognised there (its annotation, or its shape: xstrdup calling xmalloc, both in Inputs/xalloc.c as a header-less library ships them): the caller's line in this file is the finding, at -O0 and -O2, and "via" names the wrapper this file called.
// RUN: %clang_razor -O0 -c %s -o %t.o && %clang_razor -O0 -c %S/Inputs/xalloc.c -o %t.x.o && %clang_razor %t.o %t.x.o -o %t0
// RUN: env TRACE_T=1 %run %t0 2>&1 | FileCheck %s
// RUN: env TRACE_T=1 %env_razor_opts=format=json %run %t0 2>&1 | %jsonl | FileCheck %s --check-prefix=JSON
// RUN: %clang_razor -O2 -c %s -o %t.o && %clang_razor -O2 -c %S/Inputs/xalloc.c -o %t.x.o && %clang_razor %t.o %t.x.o -o %t2
// RUN: env TRACE_T=1 %run %t2 2>&1 | FileCheck %s
// The other file built with no-auto-alloc: xmalloc's own line.
// RUN: %clang_razor -O2 -c -fplugin-arg-razortrace-no-auto-alloc %S/Inputs/xalloc.c -o %t.n.o && %clang_razor %t.o %t.n.o -o %tn
// RUN: env TRACE_T=1 %run %tn 2>&1 | FileCheck %s --check-prefix=INSIDE
// INSIDE: xalloc.c line: 8 column: 13 function: xmalloc command: void *p = malloc(n);
#include "Inputs/xalloc.h"
#include <razortrace.h>

static char *names[16];

RAZOR_PROBE("TRACE_T") void add(int i) {
  names[i] = xstrdup("a name kept by every call");
  // CHECK: other-tu.c line: [[# @LINE - 1]] column: 14 function: add command: names[i] = xstrdup("a name kept by every call");
  // CHECK-NEXT: • average kb per call: 0.0254   • total kb: 0.2539   • blocks: 10   • via: wrapper xstrdup, xmalloc {{.*}}xalloc.c:8{{$}}
  // CHECK-NEXT: SUMMARY: 1 growing site(s)
  // JSON: probes[0].sites[0].line = [[# @LINE - 4]]
  // JSON: probes[0].sites[0].via.wrapper = "xstrdup"
  // JSON-NEXT: probes[0].sites[0].via.function = "xmalloc"
  // JSON-NEXT: probes[0].sites[0].via.file = "{{.*}}xalloc.c"
  // JSON-NEXT: probes[0].sites[0].via.line = 8
}

int main(void) {
  for (int i = 0; i < 10; i++)
    add(i);
  return 0;
}
