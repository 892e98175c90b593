// razor_alloc on something that is not a function, or with an argument, is a compile error at the attribute naming it.
// RUN: not %clang -fplugin=%plugin -I%include -fsyntax-only -fno-color-diagnostics -fno-diagnostics-show-line-numbers %s 2>&1 | FileCheck --strict-whitespace %s
#include <razortrace.h>
#include <stddef.h>

__attribute__((annotate("razor_alloc"))) void *pool;
// CHECK: {{^}}{{.*}}alloc-not-function.c:[[@LINE-1]]:16: error: razor_alloc can only mark a function; 'pool' is not a function{{$}}
// CHECK-NEXT: {{^}}__attribute__((annotate("razor_alloc"))) void *pool;{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}

// A pointer to an allocation function is still a variable.
RAZOR_ALLOC void *(*alloc_hook)(size_t);
// CHECK: alloc-not-function.c:[[@LINE-1]]:1: error: razor_alloc can only mark a function; 'alloc_hook' is not a function{{$}}

__attribute__((annotate("razor_alloc:pool"))) void *pool_get(size_t n);
// CHECK: alloc-not-function.c:[[@LINE-1]]:16: error: razor_alloc takes no arguments: write annotate("razor_alloc"){{$}}

// Other annotations are someone else's.
__attribute__((annotate("razor_allocator"))) int mine;
// CHECK-NOT: razor_allocator
// CHECK: 3 errors generated.
