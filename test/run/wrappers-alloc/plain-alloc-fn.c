// Wrappers in code built without the plugin, declared in a header the user cannot edit, are named with -fplugin-arg-razortrace-alloc-fn: what they allocate, also through a hook of the user's they call by pointer (instrumented, not a wrapper), is charged to the user's call; without the argument the hook's own line is the finding.
// RUN: %clang -O2 -c %S/Inputs/hooked.c -o %t.plain.o
// RUN: %clang_razor -O0 -fplugin-arg-razortrace-alloc-fn=hooked_alloc,hooked_strdup %s %t.plain.o -o %t0
// RUN: env TRACE_P=1 %run %t0 2>&1 | FileCheck %s
// RUN: %clang_razor -O2 -fplugin-arg-razortrace-alloc-fn=hooked_strdup -fplugin-arg-razortrace-alloc-fn=hooked_alloc %s %t.plain.o -o %t2
// RUN: env TRACE_P=1 %run %t2 2>&1 | FileCheck %s
// RUN: env TRACE_P=1 %env_razor_opts=format=json %run %t2 2>&1 | %jsonl | FileCheck %s --check-prefix=JSON
// RUN: %clang_razor -O2 %s %t.plain.o -o %tn
// RUN: env TRACE_P=1 %run %tn 2>&1 | FileCheck %s --check-prefix=NONE
#include "Inputs/hooked.h"
#include <razortrace.h>
#include <stdlib.h>

/* Keeps the last block in a global: not a wrapper by its shape. */
static void *last;
static size_t hooked;
static void *counting_hook(size_t n) {
  void *p = malloc(n);
  // NONE: plain-alloc-fn.c line: [[# @LINE - 1]] column: 13 function: counting_hook command: void *p = malloc(n);
  hooked += p != NULL;
  last = p;
  return p;
}

static char *names[16];
static void *bufs[16];

RAZOR_PROBE("TRACE_P") void add(int i) {
  names[i] = hooked_strdup("a name kept by every call");
  // CHECK-DAG: plain-alloc-fn.c line: [[# @LINE - 1]] column: 14 function: add command: names[i] = hooked_strdup("a name kept by every call");
  // CHECK-DAG: • average kb per call: 0.0254   • total kb: 0.2539   • blocks: 10   • via: wrapper hooked_strdup, counting_hook {{.*}}plain-alloc-fn.c:18{{$}}
  // JSON-DAG: probes[0].sites[{{[01]}}].via.wrapper = "hooked_strdup"
  bufs[i] = hooked_alloc(100);
  // CHECK-DAG: plain-alloc-fn.c line: [[# @LINE - 1]] column: 13 function: add command: bufs[i] = hooked_alloc(100);
  // JSON-DAG: probes[0].sites[{{[01]}}].via.wrapper = "hooked_alloc"
}
// CHECK: SUMMARY: 2 growing site(s)

int main(void) {
  alloc_hook = counting_hook;
  for (int i = 0; i < 10; i++)
    add(i);
  return hooked == 20 ? 0 : 1;
}
