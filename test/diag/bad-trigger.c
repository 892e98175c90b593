// A trigger that is not an environment variable name (digit first, dash, blank inside) is a compile error at the attribute.
// RUN: not %clang -fplugin=%plugin -fsyntax-only -fno-color-diagnostics -fno-diagnostics-show-line-numbers %s 2>&1 | FileCheck --strict-whitespace %s

__attribute__((annotate("razor_probe:1TRACE"))) void digit_first(void) {}
// CHECK: {{^}}{{.*}}bad-trigger.c:[[@LINE-1]]:16: error: razor_probe trigger '1TRACE' is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*, or empty for always on){{$}}
// CHECK-NEXT: {{^}}__attribute__((annotate("razor_probe:1TRACE"))) void digit_first(void) {}{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}

__attribute__((annotate("razor_probe:TRACE-X,clear"))) void dash(void) {}
// CHECK: bad-trigger.c:[[@LINE-1]]:16: error: razor_probe trigger 'TRACE-X' is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*, or empty for always on){{$}}

__attribute__((annotate("razor_probe:TRACE X"))) void blank(void) {}
// CHECK: bad-trigger.c:[[@LINE-1]]:16: error: razor_probe trigger 'TRACE X' is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*, or empty for always on){{$}}

// A control byte (a raw tab inside the string) is shown escaped, not printed raw.
__attribute__((annotate("razor_probe:TRACE	X"))) void control(void) {}
// CHECK: bad-trigger.c:[[@LINE-1]]:16: error: razor_probe trigger 'TRACE\x09X' is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*, or empty for always on){{$}}

// CHECK: 4 errors generated.
