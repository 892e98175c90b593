// Different razor_probe annotations on a prototype and the definition are an error at the later one, with a note at the earlier one.
// RUN: not %clang -fplugin=%plugin -fsyntax-only -fno-color-diagnostics -fno-diagnostics-show-line-numbers %s 2>&1 | FileCheck --strict-whitespace %s

__attribute__((annotate("razor_probe:TRACE_A,clear"))) int lookup(int key);
int lookup(int key);
__attribute__((annotate("razor_probe:TRACE_B,clear"))) int lookup(int key) { return key; }
// CHECK: {{^}}{{.*}}conflict-prototype.c:[[@LINE-1]]:16: error: conflicting razor_probe annotations on 'lookup': 'TRACE_A,clear' and 'TRACE_B,clear'{{$}}
// CHECK-NEXT: {{^}}__attribute__((annotate("razor_probe:TRACE_B,clear"))) int lookup(int key) { return key; }{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}
// CHECK-NEXT: {{^}}{{.*}}conflict-prototype.c:[[@LINE-6]]:16: note: previous razor_probe annotation is here{{$}}
// CHECK-NEXT: {{^}}__attribute__((annotate("razor_probe:TRACE_A,clear"))) int lookup(int key);{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}

// Options differ, trigger the same: still a conflict.
__attribute__((annotate("razor_probe:TRACE_C"))) void grow(void);
__attribute__((annotate("razor_probe:TRACE_C,traceback"))) void grow(void) {}
// CHECK: conflict-prototype.c:[[@LINE-1]]:16: error: conflicting razor_probe annotations on 'grow': 'TRACE_C' and 'TRACE_C,traceback'{{$}}
// CHECK: conflict-prototype.c:[[@LINE-3]]:16: note: previous razor_probe annotation is here{{$}}

// CHECK: 2 errors generated.
