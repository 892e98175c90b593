// Optimized, an external function whose calls into foreign code change the thread's callsite is split: its body (visit_ext.razor in the IR, with no symbol of its own: __razor_entry.visit_ext names it) returns with the callsite as its last call left it, and visit_ext itself gives it back.  Code built without the plugin calls visit_ext through a pointer and then allocates: that block is still charged to the program's call of the library.  Another file calls visit_ext by its entry name (the body) and then, in a loop, calls through a pointer a library function that allocates: charged to that file's own line on every turn, not to the body's last call (this fails when calls by entry name are taken to leave the callsite as they found it).
// RUN: %clang -O2 -c %S/Inputs/each.c -o %t.each.o
// RUN: %clang -O2 -c %S/../wrappers-alloc/Inputs/plain-dup.c -o %t.dup.o
// RUN: %clang_razor -O2 -c %S/Inputs/split-caller.c -o %t.caller.o
// RUN: %clang_razor -O2 %s %t.caller.o %t.each.o %t.dup.o -o %t2
// RUN: nm %t2 | FileCheck --check-prefix=NM %s
// RUN: env TRACE_EACH=1 %run %t2 2>&1 | FileCheck %s
// RUN: %clang_razor -O0 %s %t.caller.o %t.each.o %t.dup.o -o %t0 && env TRACE_EACH=1 %run %t0 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

void each(void (*cb)(void *), void *arg);
void twice(const char *s);

/* Through a pointer: the call into the C library is visit_ext's last. */
static char *(*volatile dup)(const char *) = strdup;

void visit_ext(void *arg) { free(dup(arg)); }

// The body has no symbol of its own: its entry name names it.
// NM-DAG: [[BODY:[0-9a-f]+]] t __razor_entry.visit_ext
// NM-DAG: T visit_ext{{$}}
// NM-NOT: visit_ext.razor

// CHECK: razortrace: probe request (trigger TRACE_EACH) in {{.*}}entries-split.c:[[# @LINE + 1]] — 10 calls sampled
RAZOR_PROBE("TRACE_EACH") void request(const char *s) {
  each(visit_ext, (void *)s);
  twice(s);
}
// CHECK-DAG: entries-split.c line: [[# @LINE - 3]] column: 3 function: request command: each(visit_ext, (void *)s);
// CHECK-DAG: split-caller.c line: 16 column: 26 function: twice command: kept[nkept++ % 64] = copy(s); // twice-line
// CHECK-NOT: dup(arg)
// CHECK: razortrace: SUMMARY: 2 growing site(s)

int main(void) {
  for (int i = 0; i < 10; i++)
    request("abc");
  return 0;
}
