// A razor_probe option given twice is a compile error at the attribute naming the option.
// RUN: not %clang -fplugin=%plugin -fsyntax-only -fno-color-diagnostics -fno-diagnostics-show-line-numbers %s 2>&1 | FileCheck --strict-whitespace %s

__attribute__((annotate("razor_probe:TRACE_X,clear,traceback,clear"))) void f(void) {}
// CHECK: {{^}}{{.*}}repeated-option.c:[[@LINE-1]]:16: error: razor_probe option 'clear' is repeated{{$}}
// CHECK-NEXT: {{^}}__attribute__((annotate("razor_probe:TRACE_X,clear,traceback,clear"))) void f(void) {}{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}

// Blanks around an option do not make it a different one.
__attribute__((annotate("razor_probe:TRACE_X,debug, debug"))) void g(void) {}
// CHECK: repeated-option.c:[[@LINE-1]]:16: error: razor_probe option 'debug' is repeated{{$}}

// CHECK: 2 errors generated.
