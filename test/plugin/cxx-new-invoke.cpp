// A throwing operator new inside a try block stays an invoke of its wrapper (same normal and unwind destinations), and gets no callsite record (it is a site itself); the result verifies.
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
// CHECK:         %call = invoke ptr @__razor__Znam(i64 {{%[0-9a-z.]+}}, ptr @razor.site)
// CHECK-NEXT:            to label %invoke.cont unwind label %lpad
// CHECK: declare ptr @__razor__Znam(i64, ptr){{$}}
