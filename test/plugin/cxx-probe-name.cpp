// A C++ probe's descriptor names the function demangled ("Registry::add(int)"), and the line of its out-of-class definition.
// RUN: %clangxx -fplugin=%plugin -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck %s
// RUN: %clangxx -g -fplugin=%plugin -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck %s
#include <stdlib.h>

struct Registry {
  __attribute__((annotate("razor_probe:TRACE_R,traceback"))) void add(int n);
  void *slot;
};
namespace app {
__attribute__((annotate("razor_probe:TRACE_V"))) void visit(const char *, long) {}
}

void Registry::add(int n) { slot = malloc(n); }

// CHECK-DAG: @[[VISIT:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"app::visit(char const*, long)\00"
// CHECK-DAG: @[[ADD:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"Registry::add(int)\00", align 1
// CHECK-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} { i32 8, i32 [[#@LINE-4]], rel @[[ADD]], rel @{{[^,]+}}, rel @{{[^,]+}}, rel @{{[^,]+}}, ptr @_ZN8Registry3addEi, ptr null }, section "razor_probes"
// CHECK-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} { i32 8, i32 [[#@LINE-8]], rel @[[VISIT]], rel @{{[^,]+}}, rel @{{[^,]+}}, rel @{{[^,]+}}, ptr @_ZN3app5visitEPKcl, ptr null }, section "razor_probes"
