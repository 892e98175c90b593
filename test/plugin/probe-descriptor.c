// A probe descriptor is { abi 8, line of the definition, function, file, spec after "razor_probe:", dir, the function, null } in section "razor_probes", kept in @llvm.compiler.used; its strings are in .rodata, with the program's own, not in section "razor_strings" as the site records' are: the runtime reads them when the module registers.
// RUN: cd %S && %clang -fplugin=%plugin -S -emit-llvm -o - probe-descriptor.c | %python %S/Inputs/rel-fields.py | FileCheck -DDIR=%S %s

__attribute__((annotate("razor_probe:TRACE_TEXT,traceback,clear,nostrict,debug")))
void
text(void)
{
}

// The definition's line is the line of the function's name.
// CHECK: @[[FN:razor.str[.0-9]*]] = private unnamed_addr constant [5 x i8] c"text\00", align 1
// CHECK: @[[FILE:razor.str[.0-9]*]] = private unnamed_addr constant [19 x i8] c"probe-descriptor.c\00", align 1
// CHECK: @[[SPEC:razor.str[.0-9]*]] = private unnamed_addr constant [42 x i8] c"TRACE_TEXT,traceback,clear,nostrict,debug\00", align 1
// CHECK: @[[DIRSTR:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"[[DIR]]\00", align 1
// CHECK: @[[DESC:razor.probe[.0-9]*]] = private global { i32, i32, i32, i32, i32, i32, ptr, ptr } { i32 8, i32 [[#@LINE-9]], rel @[[FN]], rel @[[FILE]], rel @[[SPEC]], rel @[[DIRSTR]], ptr @text, ptr null }, section "razor_probes", align 8
// CHECK: @llvm.compiler.used = appending global [2 x ptr] [ptr @[[DESC]], ptr @razor.func], section "llvm.metadata"
// CHECK-LABEL: define dso_local void @text()
// CHECK: call i32 @__razor_probe_enter(ptr @[[DESC]],
// CHECK: call void @__razor_probe_exit(ptr @[[DESC]],
