// A probe descriptor's spec is the annotation's canonical spelling: trigger trimmed, options in the order traceback,clear,nostrict,debug, the default `strict` left out.
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck %s

__attribute__((annotate("razor_probe: TRACE_C ,debug, strict,clear ,traceback"))) void shuffled(void) {}
__attribute__((annotate("razor_probe:TRACE_N,debug,nostrict"))) void loose(void) {}
__attribute__((annotate("razor_probe:,strict"))) void always(void) {}

// CHECK-DAG: @[[S1:razor.str[.0-9]*]] = private unnamed_addr constant [30 x i8] c"TRACE_C,traceback,clear,debug\00"
// CHECK-DAG: @[[S2:razor.str[.0-9]*]] = private unnamed_addr constant [23 x i8] c"TRACE_N,nostrict,debug\00"
// CHECK-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} rel @{{[^,]+}}, rel @[[S1]], rel @{{[^,]+}}, ptr @shuffled, ptr null }, section "razor_probes"
// CHECK-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} rel @{{[^,]+}}, rel @[[S2]], rel @{{[^,]+}}, ptr @loose, ptr null }, section "razor_probes"
// CHECK-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} rel @{{[^,]+}}, i32 0, rel @{{[^,]+}}, ptr @always, ptr null }, section "razor_probes"
