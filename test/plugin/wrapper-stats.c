// -mllvm -stats counts the functions taken as allocation wrappers (and those recognised by their shape) and the wrapper calls given a callsite record, in clang and in opt on the frontend's IR; -Rpass=razortrace names each one with its reason.
// RUN: %clang -fplugin=%plugin -I%include -c -o /dev/null -mllvm -stats %s 2>&1 | FileCheck %s
// RUN: %clang -fplugin=%plugin -I%include -Xclang -disable-llvm-passes -S -emit-llvm -o %t.ll %s
// RUN: %opt -load-pass-plugin=%pass_plugin -passes='default<O0>' -stats -disable-output %t.ll 2>&1 | FileCheck %s
// CHECK-DAG: 2 razortrace - Allocation wrappers recognised by their shape
// CHECK-DAG: 3 razortrace - Calls of allocation wrappers given a callsite record
// CHECK-DAG: 4 razortrace - Functions taken as allocation wrappers
// RUN: %clang -fplugin=%plugin -I%include -c -o /dev/null -Rpass=razortrace %s 2>&1 | FileCheck %s --check-prefix=REMARK
// (pool_get is only declared here: counted, with no place to remark on.)
// REMARK-DAG: remark: 'g_new0' is an allocation wrapper: declared with the malloc or alloc_size attribute
// REMARK-DAG: remark: 'xmalloc' is an allocation wrapper: it only obtains memory and hands it back
// REMARK-DAG: remark: 'xstrdup' is an allocation wrapper: it only obtains memory and hands it back
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

RAZOR_ALLOC void *pool_get(size_t n);
void *g_new0(size_t n) __attribute__((malloc, alloc_size(1)));
void *g_new0(size_t n) { return calloc(1, n); }

void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p)
    abort();
  return p;
}

char *xstrdup(const char *s) { return strcpy(xmalloc(strlen(s) + 1), s); }

void *use(void) {
  void *a = pool_get(8);
  void *b = g_new0(8);
  free(b);
  (void)a;
  return xstrdup("x");
}
