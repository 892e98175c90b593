// A throwing operator new inside a try block is invoked through the runtime's pointer for it with the original unwind destination, and gets no callsite record (it is a site itself).
// A function that may throw and has no pointer (fopen) is invoked twice behind the inline test, its wrapper and, when nothing samples, the function itself, both with the original unwind destination.  The result verifies. (Recognising allocation wrappers by shape is off here, no-auto-alloc: its helpers would charge their callers.)
// RUN: %clangxx -fexceptions -fno-discard-value-names -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: %opt -passes=verify -disable-output %t.ll
#include <cstdio>

int *attempt(unsigned long n) {
  try {
    return new int[n];
  } catch (...) {
    return nullptr;
  }
}

FILE *attempt_open(const char *path) {
  try {
    return fopen(path, "r");
  } catch (...) {
    return nullptr;
  }
}

// CHECK: @[[NEW:razor.site[.0-9]*]] = private constant {{.*}} { i32 10, i16 12, i8 12, i8 {{(0|32|64|96)}},
// CHECK: @[[FOPEN:razor.site[.0-9]*]] = private constant {{.*}} { i32 18, i16 12, i8 {{[0-9]+}}, i8 {{(0|32|64|96)}},
// CHECK-LABEL: define dso_local noundef ptr @_Z7attemptm(
// CHECK-NOT:     store ptr @razor.call
// CHECK:         %razor.fn = load atomic ptr, ptr @__razor_call__Znam unordered
// CHECK-NEXT:    %call = invoke {{.*}}ptr %razor.fn(i64 {{%[0-9a-z.]+}}, ptr @[[NEW]])
// CHECK-NEXT:            to label %{{[0-9a-z.]+}} unwind label %lpad
// CHECK:       lpad:
// CHECK-SAME:    preds = %entry
// CHECK-LABEL: define dso_local noundef ptr @_Z12attempt_openPKc(
// CHECK-NOT:     store ptr @razor.call
// CHECK:         br i1 %razor.busy, label %razor.slow, label %razor.fast
// CHECK:       razor.slow:
// CHECK-NEXT:    [[T:%[0-9]+]] = invoke {{.*}}ptr @__razor_fopen(ptr [[P:%[0-9a-z.]+]], ptr [[MODE:.*@.str.*]], ptr @[[FOPEN]])
// CHECK-NEXT:            to label %razor.join unwind label %lpad
// CHECK:       razor.fast:
// CHECK-NEXT:    [[U:%[0-9]+]] = invoke ptr @fopen(ptr [[P]], ptr [[MODE]])
// CHECK-NEXT:            to label %razor.join unwind label %lpad, {{.*}}!razor.tested
// CHECK:       razor.join:
// CHECK-NEXT:    %call = phi ptr [ [[T]], %razor.slow ], [ [[U]], %razor.fast ]
// CHECK-NEXT:    br label %[[EXIT:razor.thunk[.0-9]*.exit]]
// CHECK:       [[EXIT]]:
// CHECK-NEXT:    br label %invoke.cont
// CHECK:       lpad:
// CHECK-SAME:    preds = %razor.fast, %razor.slow
