// A stray ',' (an empty option, trailing or doubled) is a compile error at the attribute.
// RUN: not %clang -fplugin=%plugin -fsyntax-only -fno-color-diagnostics -fno-diagnostics-show-line-numbers %s 2>&1 | FileCheck --strict-whitespace %s

__attribute__((annotate("razor_probe:TRACE_X,"))) void trailing(void) {}
// CHECK: {{^}}{{.*}}empty-option.c:[[@LINE-1]]:16: error: empty razor_probe option (a stray ','){{$}}
// CHECK-NEXT: {{^}}__attribute__((annotate("razor_probe:TRACE_X,"))) void trailing(void) {}{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}

__attribute__((annotate("razor_probe:TRACE_X,,clear"))) void doubled(void) {}
// CHECK: empty-option.c:[[@LINE-1]]:16: error: empty razor_probe option (a stray ','){{$}}

// Even with an always-on (empty) trigger.
__attribute__((annotate("razor_probe:,"))) void always(void) {}
// CHECK: empty-option.c:[[@LINE-1]]:16: error: empty razor_probe option (a stray ','){{$}}

// CHECK: 3 errors generated.
