// "razor_probe" without the ':' (alone, or with another separator) is a compile error asking for the right form.
// RUN: not %clang -fplugin=%plugin -fsyntax-only -fno-color-diagnostics -fno-diagnostics-show-line-numbers %s 2>&1 | FileCheck --strict-whitespace %s

__attribute__((annotate("razor_probe"))) void bare(void) {}
// CHECK: {{^}}{{.*}}missing-colon.c:[[@LINE-1]]:16: error: razor_probe annotation must have the form 'razor_probe:TRIGGER[,OPTION...]'{{$}}
// CHECK-NEXT: {{^}}__attribute__((annotate("razor_probe"))) void bare(void) {}{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}

__attribute__((annotate("razor_probe=TRACE_X"))) void equals(void) {}
// CHECK: missing-colon.c:[[@LINE-1]]:16: error: razor_probe annotation must have the form 'razor_probe:TRIGGER[,OPTION...]'{{$}}

// CHECK: 2 errors generated.
