; opt with the pass plugin on hand-written IR: llvm.global.annotations makes probes, malloc and strdup calls get site records, and the module gets its constructor (its functions have no frame pointers: flags 0).
; RUN: %opt -load-pass-plugin=%pass_plugin -passes=razortrace -S %s -o - | %python %S/Inputs/rel-fields.py | FileCheck %s
source_filename = "hand.c"

@.ann = private unnamed_addr constant [29 x i8] c"razor_probe:TRACE_HAND,debug\00", section "llvm.metadata"
@.other = private unnamed_addr constant [6 x i8] c"other\00", section "llvm.metadata"
@.file = private unnamed_addr constant [7 x i8] c"hand.c\00", section "llvm.metadata"
@llvm.global.annotations = appending global [2 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @keep, ptr @.ann, ptr @.file, i32 12, ptr null }, { ptr, ptr, ptr, i32, ptr } { ptr @plain, ptr @.other, ptr @.file, i32 20, ptr null }], section "llvm.metadata"

declare ptr @malloc(i64)
declare ptr @strdup(ptr)

define ptr @keep(i64 %n) nounwind {
  %p = call ptr @malloc(i64 %n)
  ret ptr %p
}

define ptr @dup(ptr %s) nounwind {
  %d = call ptr @strdup(ptr %s)
  ret ptr %d
}

define void @plain() nounwind {
  ret void
}

; Without debug info a site has line 0, column 0, the module's file, no dir, an empty source line and no callee;
; a probe has the annotation's file and line.  Site records' strings are in razor_strings, a probe's in .rodata (read at start-up).
; CHECK: @[[FILE:razor.str[.0-9]*]] = private unnamed_addr constant [7 x i8] c"hand.c\00", section "razor_strings"
; CHECK: @[[FN:razor.str[.0-9]*]] = private unnamed_addr constant [5 x i8] c"keep\00", section "razor_strings"
; CHECK: @[[SCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @{{razor.file[.0-9]*}}, rel @[[FN]] }, align 4
; CHECK: @[[SITE:razor.site[.0-9]*]] = private constant { i32, i16, i8, i8, i32 } { i32 0, i16 0, i8 0, i8 0, rel @[[SCOPE]] }, section "razor_sites", align 4
; CHECK: @[[DUPFN:razor.str[.0-9]*]] = private unnamed_addr constant [4 x i8] c"dup\00", section "razor_strings"
; CHECK: @[[DUPSCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @{{razor.file[.0-9]*}}, rel @[[DUPFN]] }, align 4
; CHECK: @[[DUPSITE:razor.site[.0-9]*]] = private constant { i32, i16, i8, i8, i32 } { i32 0, i16 0, i8 5, i8 0, rel @[[DUPSCOPE]] }, section "razor_sites", align 4
; CHECK: @[[PFN:razor.str[.0-9]*]] = private unnamed_addr constant [5 x i8] c"keep\00", align 1
; CHECK: @[[PFILE:razor.str[.0-9]*]] = private unnamed_addr constant [7 x i8] c"hand.c\00", align 1
; CHECK: @[[SPEC:razor.str[.0-9]*]] = private unnamed_addr constant [17 x i8] c"TRACE_HAND,debug\00", align 1
; CHECK: @[[PROBE:razor.probe[.0-9]*]] = private global { i32, i32, i32, i32, i32, i32, ptr, ptr } { i32 8, i32 12, rel @[[PFN]], rel @[[PFILE]], rel @[[SPEC]], i32 0, ptr @keep, ptr null }, section "razor_probes", align 8
; CHECK: @llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 2, ptr @razor.module_ctor.flags0, ptr @razor.module_ctor.flags0 }]
; CHECK: @llvm.compiler.used = appending global [1 x ptr] [ptr @[[PROBE]]], section "llvm.metadata"
; CHECK: @__razor_call_malloc = external global ptr
; IR without a "PIC Level" is code for an executable only: it defines the runtime's variable it uses, and its constructor hands its address to the runtime to check.
; CHECK: @__razor_sampling = weak dso_local thread_local(initialexec) global i32 0

; CHECK-LABEL: define ptr @keep(i64 %n) #{{[0-9]+}} {
; CHECK-NEXT:    [[FRAME:%.+]] = call ptr @llvm.frameaddress.p0(i32 0)
; CHECK-NEXT:    [[TOK:%.+]] = call i32 @__razor_probe_enter(ptr @[[PROBE]], ptr [[FRAME]])
; malloc: one call through the runtime's pointer (the process's malloc
; until anything can be traced, then the wrapper).
; CHECK-NEXT:    %razor.fn = load atomic ptr, ptr @__razor_call_malloc unordered, align 8
; CHECK-NEXT:    %p = call {{(noalias noundef )?}}ptr %razor.fn(i64 %n, ptr @[[SITE]]){{( #[0-9]+)?}}, !razor.tested
; CHECK-NEXT:    call void @__razor_probe_exit(ptr @[[PROBE]], i32 [[TOK]])
; CHECK-NEXT:    ret ptr %p

; Other functions: the wrapper only when this thread samples, otherwise the
; function itself.
; CHECK-LABEL: define ptr @dup(ptr %s) #{{[0-9]+}} {
; CHECK-NEXT:    %razor.flag = load i32, ptr @__razor_sampling, align 4
; CHECK-NEXT:    %razor.busy = icmp ne i32 %razor.flag, 0
; CHECK-NEXT:    br i1 %razor.busy, label %razor.slow, label %razor.fast, {{.*}}!prof [[UNLIKELY:![0-9]+]]
; CHECK-EMPTY:
; CHECK-NEXT:  razor.slow:
; CHECK-NEXT:    [[T:%.+]] = call {{(noalias )?}}ptr @__razor_strdup(ptr {{(readonly )?}}%s, ptr @[[DUPSITE]]){{( #[0-9]+)?}}, !razor.tested
; CHECK-NEXT:    br label %razor.join
; CHECK-EMPTY:
; CHECK-NEXT:  razor.fast:
; CHECK-NEXT:    [[U:%.+]] = call ptr @strdup(ptr %s), !razor.tested
; CHECK-NEXT:    br label %razor.join
; CHECK-EMPTY:
; CHECK-NEXT:  razor.join:
; CHECK-NEXT:    %d = phi ptr [ [[T]], %razor.slow ], [ [[U]], %razor.fast ]
; CHECK-NEXT:    ret ptr %d

; A function with someone else's annotation is left alone.
; CHECK-LABEL: define void @plain() #{{[0-9]+}} {
; CHECK-NEXT:    ret void

; CHECK: define linkonce_odr hidden void @razor.module_ctor.flags0()
; CHECK-NEXT: call void @__razor_variables_check(ptr null, ptr null, ptr @__razor_sampling, ptr null)
; CHECK-NEXT: call void @__razor_module_init_v8(
; CHECK: [[UNLIKELY]] = !{!"branch_weights", i32 1, i32 {{[0-9]+}}}
