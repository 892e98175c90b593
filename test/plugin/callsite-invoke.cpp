// A call into foreign code inside a try block stays an invoke: __razor_callsite is set before it and the value loaded at the function's entry is restored at the start of its normal destination and right after the landing pad; the result verifies. (The functions declared here stand for code built without the plugin: -razortrace-entries=false brackets their calls as without the link-time entries of test/plugin/entries.c.)
// RUN: %clangxx -fexceptions -fno-discard-value-names -fplugin=%plugin -mllvm -razortrace-entries=false -S -emit-llvm -o %t.ll %s
// RUN: %python %S/Inputs/rel-fields.py < %t.ll | FileCheck %s
// RUN: %opt -passes=verify -disable-output %t.ll

void may_throw(int);

int guarded(int x) {
  try {
    may_throw(x);
  } catch (...) {
    return -1;
  }
  return x;
}

// The callee is named demangled.
// CHECK: @[[CALLEE:razor.str[.0-9]*]] = private unnamed_addr constant [15 x i8] c"may_throw(int)\00"
// CHECK: @[[SCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @{{razor.file[.0-9]*}}, rel @{{[^,]+}} }
// CHECK: @[[CALL:razor.call]] = private constant {{.*}} { i32 10, i16 5, i8 -1, i8 96, rel @[[SCOPE]], rel @[[CALLEE]], rel @{{[^,]+}} }, section "razor_sites"
// CHECK-LABEL: define dso_local noundef i32 @_Z7guardedi(
// CHECK:         %ehselector.slot = alloca i32
// CHECK-NEXT:    %razor.slot = call ptr @__razor_callsite_address()
// CHECK-NEXT:    %razor.entry = load ptr, ptr %razor.slot, align 8
// CHECK-NOT:     {{@__razor_callsite|%razor.slot}}
// CHECK:         store ptr @[[CALL]], ptr %razor.slot, align 8
// CHECK-NEXT:    invoke void @_Z9may_throwi(
// CHECK-NEXT:            to label %[[CONT:.+]] unwind label %lpad
// CHECK:       [[CONT]]:
// CHECK-NEXT:    store ptr %razor.entry, ptr %razor.slot, align 8
// CHECK-NEXT:    br label %try.cont
// CHECK:       lpad:
// CHECK-NEXT:    landingpad { ptr, i32 }
// CHECK-NEXT:            catch ptr null
// CHECK-NEXT:    store ptr %razor.entry, ptr %razor.slot, align 8
