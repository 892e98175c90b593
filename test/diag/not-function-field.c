// razor_probe on a struct field is a compile error naming the field.
// RUN: not %clang -fplugin=%plugin -fsyntax-only -fno-color-diagnostics -fno-diagnostics-show-line-numbers %s 2>&1 | FileCheck --strict-whitespace %s

struct cache {
  int n;
  __attribute__((annotate("razor_probe:TRACE_X"))) char *entries;
};
// CHECK: {{^}}{{.*}}not-function-field.c:[[@LINE-2]]:18: error: razor_probe can only mark a function; 'entries' is not a function{{$}}
// CHECK-NEXT: {{^}}  __attribute__((annotate("razor_probe:TRACE_X"))) char *entries;{{$}}
// CHECK-NEXT: {{^}}                 ^{{$}}

// CHECK: 1 error generated.
