// A callback that code built without the plugin calls gives the thread's callsite back as it returns, also when a static helper of it (which need not give it back) made the last call into foreign code: the library's own block, allocated after the callback returned, is charged to the program's call of the library, at -O0 and -O2.
// RUN: %clang -O2 -c %S/Inputs/each.c -o %t.each.o
// RUN: %clang_razor -O0 %s %t.each.o -o %t0 && env TRACE_EACH=1 %run %t0 2>&1 | FileCheck %s
// RUN: %clang_razor -O2 %s %t.each.o -o %t2 && env TRACE_EACH=1 %run %t2 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

void each(void (*cb)(void *), void *arg);

/* Through a pointer: the helper's call into the C library is its last. */
static char *(*volatile dup)(const char *) = strdup;

static __attribute__((noinline)) void helper(const char *s) {
  free(dup(s));
}

static void visit(void *arg) { helper(arg); }

// CHECK: razortrace: probe request (trigger TRACE_EACH) in {{.*}}callback-return.c:[[# @LINE + 1]] — 10 calls sampled
RAZOR_PROBE("TRACE_EACH") void request(const char *s) {
  each(visit, (void *)s);
  // CHECK-NEXT: callback-return.c line: [[# @LINE - 1]] column: 3 function: request command: each(visit, (void *)s);
  // CHECK-NEXT: • average kb per call: 0.0{{[0-9]+}}   • total kb: 0.{{[0-9]+}}   • blocks: 10   • via: each
  // CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s)
}

int main(void) {
  for (int i = 0; i < 10; i++)
    request("abc");
  return 0;
}
