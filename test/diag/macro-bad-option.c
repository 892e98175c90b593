// A bad option spelled through RAZOR_PROBE from <razortrace.h> is reported at the macro's use, with a note into the macro.
// RUN: not %clang -fplugin=%plugin -I%include -fsyntax-only -fno-color-diagnostics -fno-diagnostics-show-line-numbers %s 2>&1 | FileCheck --strict-whitespace %s

#include <razortrace.h>

RAZOR_PROBE("TRACE_TEXT,tracebak") void text(void);
// CHECK: {{^}}{{.*}}macro-bad-option.c:[[@LINE-1]]:1: error: unknown razor_probe option 'tracebak'; expected traceback, clear, strict, nostrict or debug{{$}}
// CHECK-NEXT: {{^}}RAZOR_PROBE("TRACE_TEXT,tracebak") void text(void);{{$}}
// CHECK-NEXT: {{^}}^{{$}}
// CHECK-NEXT: {{^}}{{.*}}razortrace.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'RAZOR_PROBE'{{$}}

void text(void) {}

// CHECK: 1 error generated.
