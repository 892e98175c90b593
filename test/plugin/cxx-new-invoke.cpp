// A throwing operator new inside a try block: both its wrapper and, when nothing samples, the operator itself are invoked with the original unwind destination, and gets no callsite record (it is a site itself); the result verifies.
// RUN: %clangxx -fexceptions -fno-discard-value-names -fplugin=%plugin -S -emit-llvm -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: %opt -passes=verify -disable-output %t.ll

int *attempt(unsigned long n) {
  try {
    return new int[n];
  } catch (...) {
    return nullptr;
  }
}

// CHECK: @razor.site = private global {{.*}} { i32 0, i16 12, i16 0, i32 8, i32 12,
// CHECK-LABEL: define dso_local noundef ptr @_Z7attemptm(
// CHECK-NOT:     store ptr @razor.call
// CHECK:         br i1 %razor.busy, label %razor.slow, label %razor.fast
// CHECK:       razor.slow:
// CHECK-NEXT:    [[T:%[0-9]+]] = invoke {{.*}}ptr @__razor__Znam(i64 [[N:%[0-9a-z.]+]], ptr @razor.site)
// CHECK-NEXT:            to label %razor.join unwind label %lpad
// CHECK:       razor.fast:
// CHECK-NEXT:    [[U:%[0-9]+]] = invoke ptr @_Znam(i64 [[N]])
// CHECK-NEXT:            to label %razor.join unwind label %lpad, {{.*}}!razor.tested
// CHECK:       razor.join:
// CHECK-NEXT:    %call = phi ptr [ [[T]], %razor.slow ], [ [[U]], %razor.fast ]
// CHECK-NEXT:    br label %[[EXIT:razor.thunk.exit]]
// CHECK:       [[EXIT]]:
// CHECK-NEXT:    br label %invoke.cont
// CHECK:       lpad:
// CHECK-SAME:    preds = %razor.fast, %razor.slow
// CHECK: declare ptr @__razor__Znam(i64, ptr){{$}}
