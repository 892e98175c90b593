// A site or probe in an inline function or template instance lives in that function's comdat, so the linker keeps or drops record and code together.
// RUN: %clangxx -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
#include <stdlib.h>

inline void *grab(size_t n) { return malloc(n); }
template <class T> __attribute__((annotate("razor_probe:TRACE_T"))) T *make() { return (T *)calloc(1, sizeof(T)); }
void *plain(size_t n) { return malloc(n); }

void *use(size_t n) { grab(n); make<long>(); return plain(n); }

// CHECK-DAG: @razor.site{{[.0-9]*}} = private global {{.*}} section "razor_sites", comdat($_Z4grabm), align 8
// CHECK-DAG: @razor.site{{[.0-9]*}} = private global {{.*}} section "razor_sites", comdat($_Z4makeIlEPT_v), align 8
// CHECK-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} ptr @_Z4makeIlEPT_v, ptr null }, section "razor_probes", comdat($_Z4makeIlEPT_v), align 8
// A site in an ordinary function has no comdat.
// CHECK-DAG: @razor.site{{[.0-9]*}} = private global {{.*}} section "razor_sites", align 8
