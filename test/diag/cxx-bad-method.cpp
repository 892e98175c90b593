// A malformed razor_probe annotation on a C++ member function is a compile error at the attribute, as in C.
// RUN: not %clangxx -fplugin=%plugin -fsyntax-only -fno-color-diagnostics -fno-diagnostics-show-line-numbers %s 2>&1 | FileCheck --strict-whitespace %s

struct Cache {
  __attribute__((annotate("razor_probe:TRACE_C,nostrict,nostrict"))) void fill(int n);
  // CHECK: {{^}}{{.*}}cxx-bad-method.cpp:[[@LINE-1]]:18: error: razor_probe option 'nostrict' is repeated{{$}}
  // CHECK-NEXT: {{^}}  __attribute__((annotate("razor_probe:TRACE_C,nostrict,nostrict"))) void fill(int n);{{$}}
  // CHECK-NEXT: {{^}}                 ^{{$}}
  template <class T> __attribute__((annotate("razor_probe:9LIVES"))) void put(T) {}
  // CHECK: cxx-bad-method.cpp:[[@LINE-1]]:37: error: razor_probe trigger '9LIVES' is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*, or empty for always on){{$}}
};
void Cache::fill(int n) {}

// CHECK: 2 errors generated.
