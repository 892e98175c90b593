// A C++ probe calling a function that may throw closes its sample on unwind: the call becomes an invoke to a razor.cleanup landing pad that calls __razor_probe_exit with the entry token, then resumes. (The functions declared here stand for code built without the plugin: -razortrace-entries=false brackets their calls as without the link-time entries of test/plugin/entries.c.)
// RUN: %clangxx -fexceptions -fno-discard-value-names -fplugin=%plugin -mllvm -razortrace-entries=false -S -emit-llvm -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: %opt -passes=verify -disable-output %t.ll
// RUN: %clangxx -fexceptions -fplugin=%plugin -mllvm -razortrace-entries=false -c %s -o %t.o

void may_throw(int);

__attribute__((annotate("razor_probe:TRACE_E")))
int thrower(int x) {
  may_throw(x);
  return x;
}

// The hooks themselves stay plain calls (they never throw; an invoked exit would run twice).
// CHECK-LABEL: define dso_local noundef i32 @_Z7throweri(
// CHECK-SAME:  personality ptr
// CHECK:         [[FRAME:%.+]] = call ptr @llvm.frameaddress.p0(i32 0)
// CHECK-NEXT:    [[TOK:%.+]] = call i32 @__razor_probe_enter(ptr @razor.probe, ptr [[FRAME]])
// CHECK:         invoke void @_Z9may_throwi(
// CHECK-NEXT:            to label %{{.+}} unwind label %razor.cleanup
// CHECK:         call void @__razor_probe_exit(ptr @razor.probe, i32 [[TOK]])
// CHECK-NEXT:    ret i32
// CHECK:       razor.cleanup:
// CHECK-NEXT:    [[LP:%.+]] = landingpad { ptr, i32 }
// CHECK-NEXT:            cleanup
// CHECK-NEXT:    call void @__razor_probe_exit(ptr @razor.probe, i32 [[TOK]])
// CHECK-NEXT:    resume { ptr, i32 } [[LP]]
