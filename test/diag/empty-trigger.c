// "razor_probe:" with an empty trigger (with or without options) is accepted: an always-on probe with an empty spec.
// RUN: %clang -fplugin=%plugin -fsyntax-only -Xclang -verify %s
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o - %s | %python %S/../plugin/Inputs/rel-fields.py | FileCheck %s
// expected-no-diagnostics

__attribute__((annotate("razor_probe:"))) void always(void) {}
__attribute__((annotate("razor_probe:,traceback"))) void always_traced(void) {}

// CHECK: @razor.probe{{[.0-9]*}} = private global {{.*}} { i32 8, i32 [[#@LINE-3]], rel @{{[^,]+}}, rel @{{[^,]+}}, i32 0,
// CHECK: @[[TB:razor.str[.0-9]*]] = private unnamed_addr constant [11 x i8] c",traceback\00"
// CHECK: @razor.probe{{[.0-9]*}} = private global {{.*}} { i32 8, i32 [[#@LINE-4]], rel @{{[^,]+}}, rel @{{[^,]+}}, rel @[[TB]],
// CHECK-LABEL: define {{.*}}void @always()
// CHECK: call i32 @__razor_probe_enter(
// CHECK-LABEL: define {{.*}}void @always_traced()
// CHECK: call i32 @__razor_probe_enter(
