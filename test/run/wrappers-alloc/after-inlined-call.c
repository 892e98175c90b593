// The caller's own allocations between inlined wrapper calls keep their own lines at -O2 as at -O0: its malloc, and one of a function inlined there (not a wrapper: it keeps the block); the optimizer, which takes a malloc for a call that reads none of the program's memory, drops the callsite's restore before them (the next call's store following), so the placement tells them from the wrappers' own allocations: those carry a mark, and a location inlined at the wrapper's call.  Without -g: after-inlined-call-nodebug.c.
// RUN: %clang_razor -O0 %s -o %t0 && env TRACE_D=1 %run %t0 2>&1 >/dev/null | FileCheck %s
// RUN: %clang_razor -O2 -g %s -o %t2g && env TRACE_D=1 %run %t2g 2>&1 >/dev/null | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p)
    abort();
  return p;
}

static void *last;
static void *note(size_t n) {
  void *p = malloc(n);
  last = p;
  return p;
}

static void *kept[64];
static int n;

// CHECK:      razortrace: probe work (trigger TRACE_D) in {{.*}}after-inlined-call.c:[[# @LINE + 1]] — 10 calls sampled
RAZOR_PROBE("TRACE_D") void work(int i) {
  kept[n++] = xmalloc(16);
  kept[n++] = malloc(24);
  kept[n++] = note(40);
  kept[n++] = xmalloc(32);
}
// CHECK-NEXT: after-inlined-call.c line: 17 column: 13 function: note command: void *p = malloc(n);
// CHECK-NEXT:     • average kb per call: 0.0391   • total kb: 0.3906   • blocks: 10{{$}}
// CHECK-NEXT: after-inlined-call.c line: [[# @LINE - 4]] column: 15 function: work command: kept[n++] = xmalloc(32);
// CHECK-NEXT:     • average kb per call: 0.0312   • total kb: 0.3125   • blocks: 10   • via: wrapper xmalloc, xmalloc {{.*}}after-inlined-call.c:9{{$}}
// CHECK-NEXT: after-inlined-call.c line: [[# @LINE - 8]] column: 15 function: work command: kept[n++] = malloc(24);
// CHECK-NEXT:     • average kb per call: 0.0234   • total kb: 0.2344   • blocks: 10{{$}}
// CHECK-NEXT: after-inlined-call.c line: [[# @LINE - 11]] column: 15 function: work command: kept[n++] = xmalloc(16);
// CHECK-NEXT:     • average kb per call: 0.0156   • total kb: 0.1562   • blocks: 10   • via: wrapper xmalloc, xmalloc {{.*}}after-inlined-call.c:9{{$}}
// CHECK-NEXT: razortrace: SUMMARY: 4 growing site(s) in 1 probe(s), 1.0938 kb retained

int main(void) {
  for (int i = 0; i < 10; i++)
    work(i);
  printf("%p %p\n", kept[0], last);
  return 0;
}
