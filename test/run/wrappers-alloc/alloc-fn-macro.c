// A library whose public names are macros for internal ones (libxml2's
// elfgcchack.h: `#define xmlMallocLoc xmlMallocLoc__internal_alias`, the
// public symbol an alias of the internal one) defines and calls its
// allocator under the internal name: -fplugin-arg-razortrace-alloc-fn with
// the public name, as written in its header, names it all the same, and
// the finding is the user's call, not the allocator's own malloc.
// RUN: %clang_razor -O2 -fplugin-arg-razortrace-alloc-fn=my_alloc -Rpass=razortrace %s -o %t 2>%t.remarks
// RUN: FileCheck %s --check-prefix=REMARK < %t.remarks
// RUN: env TRACE_MACRO=1 %run %t 2>&1 | FileCheck %s
// RUN: %clang_razor -O0 -fplugin-arg-razortrace-alloc-fn=my_alloc %s -o %t0
// RUN: env TRACE_MACRO=1 %run %t0 2>&1 | FileCheck %s
// Without the argument, the allocator's own line is the finding.
// RUN: %clang_razor -O2 %s -o %tn
// RUN: env TRACE_MACRO=1 %run %tn 2>&1 | FileCheck %s --check-prefix=NONE
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

/* The library's header and internal header. */
void *my_alloc(size_t n);
extern __typeof(my_alloc) my_alloc__internal_alias
    __attribute__((visibility("hidden")));
#define my_alloc my_alloc__internal_alias

/* Reports through a pointer: not a wrapper by its shape. */
int (*report_fn)(const char *, ...) = printf;

// REMARK: alloc-fn-macro.c:[[# @LINE + 1]]:1: remark: 'my_alloc__internal_alias' is an allocation wrapper: named by alloc-fn
void *my_alloc(size_t n) {
  void *p = malloc(n);
  // NONE: alloc-fn-macro.c line: [[# @LINE - 1]] column: 13 function: my_alloc__internal_alias command: void *p = malloc(n);
  if (!p)
    report_fn("out of memory\n");
  return p;
}

#undef my_alloc
extern __typeof(my_alloc) my_alloc
    __attribute__((alias("my_alloc__internal_alias")));
#define my_alloc my_alloc__internal_alias

static void *kept[32];
static int n;

RAZOR_PROBE("TRACE_MACRO") void remember(void) {
  kept[n++] = my_alloc(40);
  // CHECK: alloc-fn-macro.c line: [[# @LINE - 1]] column: 15 function: remember command: kept[n++] = my_alloc(40);
  // CHECK-NEXT: via: wrapper my_alloc__internal_alias
  free(my_alloc(100));
}

int main(void) {
  for (int i = 0; i < 10; i++)
    remember();
  return 0;
}
// CHECK-NOT: alloc-fn-macro.c line: {{[0-9]+}} column: {{[0-9]+}} function: my_alloc
