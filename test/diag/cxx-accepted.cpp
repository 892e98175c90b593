// A C++ member function (declared in the class, defined outside), a member template and a function template can be probes.
// RUN: %clangxx -fplugin=%plugin -fsyntax-only -Xclang -verify %s
// RUN: %clangxx -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
// expected-no-diagnostics
#include <stdlib.h>

struct Registry {
  __attribute__((annotate("razor_probe:TRACE_R"))) void add(int n);
  template <class T>
  __attribute__((annotate("razor_probe:TRACE_T,clear"))) void put(T v) { free(malloc(sizeof v)); }
  __attribute__((annotate("razor_probe:TRACE_S"))) static void reset() {}
};
void Registry::add(int n) { free(malloc(n)); }

template <class T>
__attribute__((annotate("razor_probe:TRACE_F"))) T *make() { return (T *)malloc(sizeof(T)); }

int *use() {
  Registry r;
  r.add(1);
  r.put<long>(2);
  Registry::reset();
  return make<int>();
}

// One descriptor and one entry hook per probe, whatever order the definitions come out in.
// CHECK-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} ptr @_ZN8Registry3addEi, ptr null }, section "razor_probes"
// CHECK-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} ptr @_ZN8Registry3putIlEEvT_, ptr null }, section "razor_probes"
// CHECK-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} ptr @_ZN8Registry5resetEv, ptr null }, section "razor_probes"
// CHECK-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} ptr @_Z4makeIiEPT_v, ptr null }, section "razor_probes"
// RUN: %clangxx -fplugin=%plugin -S -emit-llvm -o - %s | grep -c 'call i32 @__razor_probe_enter' | FileCheck --check-prefix=COUNT %s
// COUNT: {{^}}4{{$}}
