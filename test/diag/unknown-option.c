// An unknown razor_probe option is a compile error at the attribute, naming the option and the valid ones.
// RUN: not %clang -fplugin=%plugin -fsyntax-only -fno-color-diagnostics -fno-diagnostics-show-line-numbers %s 2>&1 | FileCheck --strict-whitespace %s

__attribute__((annotate("razor_probe:TRACE_X,verbose"))) void f(void) {}
// CHECK: {{^}}{{.*}}unknown-option.c:[[@LINE-1]]:16: error: unknown razor_probe option 'verbose'; expected traceback, clear, strict, nostrict or debug{{$}}
// CHECK-NEXT: {{^}}__attribute__((annotate("razor_probe:TRACE_X,verbose"))) void f(void) {}{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}

// Option names are case-sensitive.
__attribute__((annotate("razor_probe:TRACE_X,Traceback"))) void g(void) {}
// CHECK: unknown-option.c:[[@LINE-1]]:16: error: unknown razor_probe option 'Traceback'; expected traceback, clear, strict, nostrict or debug{{$}}

// CHECK: 2 errors generated.
