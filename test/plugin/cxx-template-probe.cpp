// A probe on a function template gives each instantiation its own descriptor (and hooks), all named after the template as written (`make<T>(int)`), so the runtime counts them as one probe; with and without -g.
// RUN: %clangxx -fplugin=%plugin -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck %s
// RUN: %clangxx -g -fplugin=%plugin -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck %s
#include <cstdlib>
#include <string>

template <class T>
__attribute__((annotate("razor_probe:TRACE_T"))) T *make(int n) { return static_cast<T *>(std::malloc(sizeof(T) * n)); }

int *ints() { return make<int>(1); }
std::string *strings() { return make<std::string>(2); }
double *doubles() { return make<double>(3); }

// CHECK-DAG: @[[NAME:razor.str[.0-9]*]] = private unnamed_addr constant [13 x i8] c"make<T>(int)\00", section "razor_strings"
// CHECK-DAG: @[[PNAME:razor.str[.0-9]*]] = private unnamed_addr constant [13 x i8] c"make<T>(int)\00", align 1
// CHECK-DAG: @[[PINT:razor.probe[.0-9]*]] = private global {{.*}} { i32 8, i32 8, rel @[[PNAME]], rel @{{[^,]+}}, rel @{{[^,]+}}, rel @{{[^,]+}}, ptr @_Z4makeIiEPT_i, ptr null }, section "razor_probes", align 8
// CHECK-DAG: @[[PSTR:razor.probe[.0-9]*]] = private global {{.*}} { i32 8, i32 8, rel @[[PNAME]], rel @{{[^,]+}}, rel @{{[^,]+}}, rel @{{[^,]+}}, ptr @_Z4makeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEPT_i, ptr null }, section "razor_probes", align 8
// CHECK-DAG: @[[PDBL:razor.probe[.0-9]*]] = private global {{.*}} { i32 8, i32 8, rel @[[PNAME]], rel @{{[^,]+}}, rel @{{[^,]+}}, rel @{{[^,]+}}, ptr @_Z4makeIdEPT_i, ptr null }, section "razor_probes", align 8
// Each site in an instantiation names the template too.
// CHECK-DAG: @[[SCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @{{razor.file[.0-9]*}}, rel @[[NAME]] }
// CHECK-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 8, i16 91, i8 0, i8 {{(0|32|64|96)}}, rel @[[SCOPE]],
// CHECK-LABEL: define linkonce_odr {{.*}}ptr @_Z4makeIiEPT_i(
// CHECK:         call i32 @__razor_probe_enter(ptr @[[PINT]],
// CHECK-LABEL: define linkonce_odr {{.*}}ptr @_Z4makeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEPT_i(
// CHECK:         call i32 @__razor_probe_enter(ptr @[[PSTR]],
// CHECK-LABEL: define linkonce_odr {{.*}}ptr @_Z4makeIdEPT_i(
// CHECK:         call i32 @__razor_probe_enter(ptr @[[PDBL]],
