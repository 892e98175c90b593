// A wrapper whose hook, reached only through a pointer, allocates by calling into code built without the plugin (a library's plain_dup), directly or through a static function of its own: every block is charged to the outermost wrapper call, the user's line, at -O0 and -O2 — not to the hook's own call of plain_dup, whose callee is the "via".
// RUN: %clang -O2 -c %S/Inputs/plain-dup.c -o %t.dup.o
// RUN: %clang_razor -O0 %s %t.dup.o -o %t0 && env TRACE_H=1 %run %t0 2>&1 | FileCheck %s
// RUN: %clang_razor -O2 %s %t.dup.o -o %t2 && env TRACE_H=1 %run %t2 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

char *plain_dup(const char *s);

static __attribute__((noinline)) char *copy_name(const char *s) {
  return plain_dup(s);
}

/* The hook: not a wrapper (it keeps a count), reached through a pointer. */
static int made;
static char *default_dup(const char *s) {
  made++;
  char *a = plain_dup(s);
  char *b = copy_name(s);
  free(b);
  return a;
}
char *(*dup_hook)(const char *) = default_dup;

RAZOR_ALLOC char *json_strdup(const char *s) { return dup_hook(s); }

struct node { struct node *next; char *name; };
static struct node *list;

// CHECK: razortrace: probe parse (trigger TRACE_H) in {{.*}}hook-foreign-call.c:[[# @LINE + 1]] — 12 calls sampled
RAZOR_PROBE("TRACE_H") void parse(const char *s) {
  char *name = json_strdup(s);
  struct node *n = malloc(sizeof *n);
  // CHECK-NEXT: hook-foreign-call.c line: [[# @LINE - 1]] column: 20 function: parse command: struct node *n = malloc(sizeof *n);
  // CHECK-NEXT: • average kb per call: 0.0156   • total kb: 0.1875   • blocks: 12
  // CHECK-NEXT: hook-foreign-call.c line: [[# @LINE - 4]] column: 16 function: parse command: char *name = json_strdup(s);
  // CHECK-NEXT: • average kb per call: 0.0098   • total kb: 0.1172   • blocks: 12   • via: wrapper json_strdup, plain_dup{{$}}
  // CHECK-NEXT: razortrace: SUMMARY: 2 growing site(s)
  n->name = name;
  n->next = list;
  list = n;
}

int main(void) {
  for (int i = 0; i < 12; i++)
    parse("some name");
  return made == 12 ? 0 : 1;
}
