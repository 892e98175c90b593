// A function built without the plugin is called by entry name through the caller's thunk, which writes the call's record to the thread's callsite and jumps to it: the call may return with that record left there.  A callback built with the plugin that makes such a call gives its caller the callsite back all the same, so what the library that called it allocates afterwards is charged to the user's call of the library, not to the callback's call: at -O0 the callback writes its value back after the call, optimized the placement does.
// RUN: %clang -O2 -c %S/Inputs/each.c -o %t.each.o
// RUN: %clang -O2 -DENTRIES_PLAIN -c %S/Inputs/entries-lib.c -o %t.plain.o
// RUN: %clang_razor -O0 %s %t.each.o %t.plain.o -o %t0
// RUN: env TRACE_CB=1 %run %t0 2>&1 | FileCheck %s
// RUN: %clang_razor -O2 %s %t.each.o %t.plain.o -o %t2
// RUN: env TRACE_CB=1 %run %t2 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

void each(void (*cb)(void *), void *arg);
char *plain_make(int n);

static void made(void *arg) {
  char *p = plain_make(40);
  free(p);
  (void)arg;
}

RAZOR_PROBE("TRACE_CB") void request(void) {
  each(made, 0);
}

int main(void) {
  for (int i = 0; i < 20; i++)
    request();
  return 0;
}
// CHECK: entry-thunk-callback.c line: [[#@LINE-8]] column: 3 function: request command: each(made, 0);
// CHECK-NOT: plain_make(40)
// CHECK: SUMMARY: 1 growing site(s)
