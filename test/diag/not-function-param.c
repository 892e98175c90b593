// razor_probe on a function parameter is a compile error naming the parameter, and the function stays unmarked.
// RUN: not %clang -fplugin=%plugin -fsyntax-only -fno-color-diagnostics -fno-diagnostics-show-line-numbers %s 2>&1 | FileCheck --strict-whitespace %s

void add(int key, __attribute__((annotate("razor_probe:TRACE_X"))) int value) {}
// CHECK: {{^}}{{.*}}not-function-param.c:[[@LINE-1]]:34: error: razor_probe can only mark a function; 'value' is not a function{{$}}
// CHECK-NEXT: {{^}}void add(int key, __attribute__((annotate("razor_probe:TRACE_X"))) int value) {}{{$}}
// CHECK-NEXT: {{^}}                                 ^{{$}}

// CHECK: 1 error generated.
