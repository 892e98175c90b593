// 'strict' and 'nostrict' on one probe contradict each other: a compile error, in either order.
// RUN: not %clang -fplugin=%plugin -fsyntax-only -fno-color-diagnostics -fno-diagnostics-show-line-numbers %s 2>&1 | FileCheck --strict-whitespace %s

__attribute__((annotate("razor_probe:TRACE_X,strict,nostrict"))) void f(void) {}
// CHECK: {{^}}{{.*}}strict-nostrict.c:[[@LINE-1]]:16: error: razor_probe options 'strict' and 'nostrict' contradict each other{{$}}
// CHECK-NEXT: {{^}}__attribute__((annotate("razor_probe:TRACE_X,strict,nostrict"))) void f(void) {}{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}

__attribute__((annotate("razor_probe:TRACE_X,nostrict,traceback,strict"))) void g(void) {}
// CHECK: strict-nostrict.c:[[@LINE-1]]:16: error: razor_probe options 'strict' and 'nostrict' contradict each other{{$}}

// CHECK: 2 errors generated.
