// Site and probe records are never in a comdat group, not even for inline functions and template instances: code inlined from such a function into others keeps pointing at its records after the linker drops a duplicate group (run/cxx/multi-tu-link.cpp links such a program at -O2).
// RUN: %clangxx -fplugin=%plugin -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck %s
// RUN: %clangxx -fplugin=%plugin -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck %s --check-prefix=NONE
#include <stdlib.h>

inline void *grab(size_t n) { return malloc(n); }
template <class T> __attribute__((annotate("razor_probe:TRACE_T"))) T *make() { return (T *)calloc(1, sizeof(T)); }
void *plain(size_t n) { return malloc(n); }

void *use(size_t n) { grab(n); make<long>(); return plain(n); }

// The inline function and the template instance are in comdats themselves...
// CHECK-DAG: define linkonce_odr {{.*}}@_Z4grabm({{.*}} comdat
// CHECK-DAG: define linkonce_odr {{.*}}@_Z4makeIlEPT_v({{.*}} comdat
// ...their records are not: three sites and one probe, none in a comdat.
// CHECK-DAG: @razor.site = private constant {{.*}} section "razor_sites", align 4
// CHECK-DAG: @razor.site.{{[0-9]+}} = private constant {{.*}} section "razor_sites", align 4
// CHECK-DAG: @razor.site.{{[0-9]+}} = private constant {{.*}} section "razor_sites", align 4
// CHECK-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} ptr @_Z4makeIlEPT_v, ptr null }, section "razor_probes", align 8
// NONE-NOT: section "razor_{{sites|probes}}", comdat
