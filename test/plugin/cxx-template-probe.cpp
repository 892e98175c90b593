// A probe on a function template gives each instantiation its own descriptor (and hooks), named with the demangled instantiation, with and without -g.
// RUN: %clangxx -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
// RUN: %clangxx -g -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
#include <cstdlib>
#include <string>

template <class T>
__attribute__((annotate("razor_probe:TRACE_T"))) T *make(int n) { return static_cast<T *>(std::malloc(sizeof(T) * n)); }

int *ints() { return make<int>(1); }
std::string *strings() { return make<std::string>(2); }
double *doubles() { return make<double>(3); }

// CHECK-DAG: @[[INT:razor.str[.0-9]*]] = private unnamed_addr constant [20 x i8] c"int* make<int>(int)\00"
// CHECK-DAG: @[[STR:razor.str[.0-9]*]] = private unnamed_addr constant [36 x i8] c"std::string* make<std::string>(int)\00"
// CHECK-DAG: @[[DBL:razor.str[.0-9]*]] = private unnamed_addr constant [26 x i8] c"double* make<double>(int)\00"
// CHECK-DAG: @[[PINT:razor.probe[.0-9]*]] = private global {{.*}} { i32 1, i32 8, ptr @[[INT]], ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @_Z4makeIiEPT_i, ptr null }, section "razor_probes", comdat($_Z4makeIiEPT_i), align 8
// CHECK-DAG: @[[PSTR:razor.probe[.0-9]*]] = private global {{.*}} { i32 1, i32 8, ptr @[[STR]], ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @_Z4makeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEPT_i, ptr null }, section "razor_probes", comdat($_Z4makeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEPT_i), align 8
// CHECK-DAG: @[[PDBL:razor.probe[.0-9]*]] = private global {{.*}} { i32 1, i32 8, ptr @[[DBL]], ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @_Z4makeIdEPT_i, ptr null }, section "razor_probes", comdat($_Z4makeIdEPT_i), align 8
// Each site in an instantiation names that instantiation too.
// CHECK-DAG: @razor.site{{[.0-9]*}} = private global {{.*}} { i32 0, i16 0, i16 0, i32 8, i32 91, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @[[STR]],
// CHECK-LABEL: define linkonce_odr {{.*}}ptr @_Z4makeIiEPT_i(
// CHECK:         call i32 @__razor_probe_enter(ptr @[[PINT]],
// CHECK-LABEL: define linkonce_odr {{.*}}ptr @_Z4makeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEPT_i(
// CHECK:         call i32 @__razor_probe_enter(ptr @[[PSTR]],
// CHECK-LABEL: define linkonce_odr {{.*}}ptr @_Z4makeIdEPT_i(
// CHECK:         call i32 @__razor_probe_enter(ptr @[[PDBL]],
