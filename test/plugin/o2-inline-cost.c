// At -O2 the inliner weighs a function's allocation calls as in a plain build: the calls are the program's own (to a site's thunk, with the program's arguments) until the optimizer is done, so the inline cost of a function that allocates is the plain build's.
// (LLVM 14's inliner counts the thunk calls of this file 5 cheaper than plain.)
// UNSUPPORTED: llvm-14
// RUN: %clang -O2 -Rpass=inline -S -o /dev/null %s 2> %t.plain
// RUN: %clang -O2 -fplugin=%plugin -Rpass=inline -S -o %t.s %s 2> %t.rt
// RUN: cat %t.plain %t.rt | FileCheck %s
// The calls were still expanded afterwards: no thunk is left.
// RUN: FileCheck --check-prefix=ASM %s < %t.s
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>

struct rec {
  char *name, *data;
  int *ids;
};

static void fill(struct rec *r, const char *name, size_t n) {
  free(r->name);
  r->name = strdup(name);
  r->data = realloc(r->data, n);
  r->ids = calloc(n, sizeof *r->ids);
}

void user(struct rec *r, const char *name, size_t n) {
  fill(r, name, n);
}
// CHECK: 'fill' inlined into 'user' with (cost=[[COST:-?[0-9]+]], threshold=[[T:[0-9]+]])
// CHECK: 'fill' inlined into 'user' with (cost=[[COST]], threshold=[[T]])
// ASM-NOT: razor.thunk
// ASM: __razor_call_free
// ASM-NOT: razor.thunk
