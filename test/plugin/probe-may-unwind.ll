; A probe that is not nounwind gets a razor.cleanup landing pad whose __razor_probe_exit receives the token of __razor_probe_enter, and the result verifies. (Declared functions stand for code built without the plugin: -razortrace-entries=false brackets their calls as without the link-time entries of test/plugin/entries.c.)
; RUN: %opt -load=%pass_plugin -load-pass-plugin=%pass_plugin -razortrace-entries=false -passes=razortrace -S %s -o - | FileCheck %s

@.ann = private unnamed_addr constant [20 x i8] c"razor_probe:TRACE_U\00", section "llvm.metadata"
@.file = private unnamed_addr constant [7 x i8] c"unw.cc\00", section "llvm.metadata"
@llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @work, ptr @.ann, ptr @.file, i32 3, ptr null }], section "llvm.metadata"

declare void @step()

define void @work() {
entry:
  call void @step()
  ret void
}

; The hooks themselves never unwind (a throwing enter/exit would reach the cleanup and exit twice),
; so they stay plain calls.
; CHECK-LABEL: define void @work() #{{[0-9]+}} personality ptr
; CHECK:         [[TOK:%.+]] = call i32 @__razor_probe_enter(ptr @razor.probe, ptr
; CHECK:         invoke void @step()
; CHECK-NEXT:            to label %{{.+}} unwind label %razor.cleanup
; CHECK:         call void @__razor_probe_exit(ptr @razor.probe, i32 [[TOK]])
; CHECK-NEXT:    ret void
; CHECK:       razor.cleanup:
; CHECK-NEXT:    [[LP:%.+]] = landingpad { ptr, i32 }
; CHECK-NEXT:            cleanup
; CHECK-NEXT:    call void @__razor_probe_exit(ptr @razor.probe, i32 [[TOK]])
; CHECK-NEXT:    resume { ptr, i32 } [[LP]]
