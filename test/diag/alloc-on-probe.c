// A probe cannot be an allocation wrapper: razor_alloc on a probe (on the same or another declaration) is a compile error at the razor_alloc attribute.
// RUN: not %clang -fplugin=%plugin -I%include -fsyntax-only -fno-color-diagnostics -fno-diagnostics-show-line-numbers %s 2>&1 | FileCheck --strict-whitespace %s
#include <razortrace.h>
#include <stdlib.h>

RAZOR_PROBE("TRACE_X") RAZOR_ALLOC void *make(size_t n);
// CHECK: {{^}}{{.*}}alloc-on-probe.c:[[@LINE-1]]:24: error: a probe cannot be an allocation wrapper: 'make' is annotated razor_probe{{$}}

RAZOR_PROBE("TRACE_Y") void *build(size_t n);
__attribute__((annotate("razor_alloc"))) void *build(size_t n) { return malloc(n); }
// CHECK: alloc-on-probe.c:[[@LINE-1]]:16: error: a probe cannot be an allocation wrapper: 'build' is annotated razor_probe{{$}}
// CHECK: 2 errors generated.
