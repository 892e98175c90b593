// razor_probe on a global variable is a compile error naming the variable.
// RUN: not %clang -fplugin=%plugin -fsyntax-only -fno-color-diagnostics -fno-diagnostics-show-line-numbers %s 2>&1 | FileCheck --strict-whitespace %s

__attribute__((annotate("razor_probe:TRACE_X"))) int counter;
// CHECK: {{^}}{{.*}}not-function-global.c:[[@LINE-1]]:16: error: razor_probe can only mark a function; 'counter' is not a function{{$}}
// CHECK-NEXT: {{^}}__attribute__((annotate("razor_probe:TRACE_X"))) int counter;{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}

// A pointer to a function is still a variable.
__attribute__((annotate("razor_probe:TRACE_X"))) void (*hook)(void);
// CHECK: not-function-global.c:[[@LINE-1]]:16: error: razor_probe can only mark a function; 'hook' is not a function{{$}}

// CHECK: 2 errors generated.
