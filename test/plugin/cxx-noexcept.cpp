// A noexcept C++ probe (nounwind) gets plain entry/exit hooks and no razor.cleanup landing pad.
// RUN: %clangxx -fexceptions -fno-discard-value-names -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s

void may_throw(int);

__attribute__((annotate("razor_probe:TRACE_N")))
int safe(int x) noexcept {
  may_throw(x);
  return x;
}

// CHECK-LABEL: define dso_local noundef i32 @_Z4safei(
// CHECK:         %razor.token = call i32 @__razor_probe_enter(ptr @razor.probe, ptr
// CHECK-NOT:     razor.cleanup
// CHECK-NOT:     invoke {{.*}}@__razor_probe_
// CHECK:         call void @__razor_probe_exit(ptr @razor.probe, i32 %razor.token)
// CHECK-NEXT:    ret i32
// CHECK-NOT:     razor.cleanup
// CHECK:       }
