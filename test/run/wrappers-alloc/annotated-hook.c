// A wrapper marked RAZOR_ALLOC that allocates through a hook called by pointer (cJSON's and Lua's shape) charges the hook's malloc to the wrapper's caller, at -O0 and -O2; without the annotation the hook's own line is reported.
// RUN: %clang_razor -O0 %s -o %t0 && env TRACE_H=1 %run %t0 2>&1 | FileCheck %s
// RUN: %clang_razor -O2 %s -o %t2 && env TRACE_H=1 %run %t2 2>&1 | FileCheck %s
// RUN: %clang_razor -O2 -DNO_ANNOTATION %s -o %tn && env TRACE_H=1 %run %tn 2>&1 | FileCheck %s --check-prefix=PLAIN
#include <razortrace.h>
#include <stdlib.h>

static void *last;

/* The default hook: keeps the block it made in a global, so it is not a
 * wrapper by its shape. */
static void *default_hook(size_t n) {
  void *p = malloc(n);
  // PLAIN: annotated-hook.c line: [[# @LINE - 1]] column: 13 function: default_hook command: void *p = malloc(n);
  last = p;
  return p;
}

/* The hook the library calls; the program may set another. */
void *(*hook)(size_t) = default_hook;

#ifndef NO_ANNOTATION
RAZOR_ALLOC
#endif
void *json_alloc(size_t n) {
  return hook(n);
}

struct node { struct node *next; char name[24]; };
static struct node *list;

// CHECK: razortrace: probe parse (trigger TRACE_H) in {{.*}}annotated-hook.c:[[# @LINE + 1]] — 12 calls sampled
RAZOR_PROBE("TRACE_H") void parse(int i) {
  struct node *n = json_alloc(sizeof *n);
  // CHECK-NEXT: annotated-hook.c line: [[# @LINE - 1]] column: 20 function: parse command: struct node *n = json_alloc(sizeof *n);
  // CHECK-NEXT: • average kb per call: 0.0312   • total kb: 0.3750   • blocks: 12   • via: wrapper json_alloc, default_hook {{.*}}annotated-hook.c:13{{$}}
  // CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s)
  n->next = list;
  n->name[0] = (char)('a' + i);
  list = n;
}

int main(void) {
  for (int i = 0; i < 12; i++)
    parse(i);
  return list->name[0] == 'a' + 11 ? 0 : 1;
}
