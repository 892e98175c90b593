; A (nounwind, as C code is) probe with several returns calls __razor_probe_exit with its token right before every one of them.
; RUN: %opt -load-pass-plugin=%pass_plugin -passes=razortrace -S %s -o - | FileCheck %s

@.ann = private unnamed_addr constant [20 x i8] c"razor_probe:TRACE_R\00", section "llvm.metadata"
@.file = private unnamed_addr constant [7 x i8] c"rets.c\00", section "llvm.metadata"
@llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @classify, ptr @.ann, ptr @.file, i32 3, ptr null }], section "llvm.metadata"

define i32 @classify(i32 %x) nounwind {
entry:
  %slot = alloca i32
  %neg = icmp slt i32 %x, 0
  br i1 %neg, label %negative, label %check
check:
  %zero = icmp eq i32 %x, 0
  br i1 %zero, label %is_zero, label %positive
negative:
  ret i32 -1
is_zero:
  ret i32 0
positive:
  ret i32 1
}

; CHECK-LABEL: define i32 @classify(i32 %x) #{{[0-9]+}} {
; CHECK-NEXT:  entry:
; CHECK-NEXT:    %slot = alloca i32
; CHECK-NEXT:    [[FRAME:%.+]] = call ptr @llvm.frameaddress.p0(i32 0)
; CHECK-NEXT:    [[TOK:%.+]] = call i32 @__razor_probe_enter(ptr @razor.probe, ptr [[FRAME]])
; CHECK:       negative:
; CHECK-NEXT:    call void @__razor_probe_exit(ptr @razor.probe, i32 [[TOK]])
; CHECK-NEXT:    ret i32 -1
; CHECK:       is_zero:
; CHECK-NEXT:    call void @__razor_probe_exit(ptr @razor.probe, i32 [[TOK]])
; CHECK-NEXT:    ret i32 0
; CHECK:       positive:
; CHECK-NEXT:    call void @__razor_probe_exit(ptr @razor.probe, i32 [[TOK]])
; CHECK-NEXT:    ret i32 1
; CHECK-NEXT:  }
