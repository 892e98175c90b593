// A call from the user's code into an external function gets a razor.call record (kind 65535, callee's name) and sets __razor_callsite before the call and restores after it the value loaded once at the function's entry (%razor.entry). (The functions declared here stand for code built without the plugin: -razortrace-entries=false brackets their calls as without the link-time entries of test/plugin/entries.c.)
// RUN: cd %S && %clang -fno-discard-value-names -fplugin=%plugin -mllvm -razortrace-entries=false -S -emit-llvm -o - callsite-record.c | %python %S/Inputs/rel-fields.py | FileCheck -DDIR=%S %s
struct store;
char *fill(char *dst, const char *src);
int put(struct store *st, const char *s);

char *copy(char *dst, const char *src) {
  return fill(dst, src);
}

int show(struct store *st, const char *s) {
  int r = put(st, s);
  return r + put(st, "\n");
}

// CHECK: @[[FILE:razor.str[.0-9]*]] = private unnamed_addr constant [18 x i8] c"callsite-record.c\00", section "razor_strings", align 1
// CHECK: @[[DIRSTR:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"[[DIR]]\00", section "razor_strings", align 1
// CHECK: @[[WHERE:razor.file[.0-9]*]] = private constant { i32, i32 } { rel @[[FILE]], rel @[[DIRSTR]] }, align 4
// CHECK: @[[COPY:razor.str[.0-9]*]] = private unnamed_addr constant [5 x i8] c"copy\00", section "razor_strings", align 1
// CHECK: @[[SRC1:razor.str[.0-9]*]] = private unnamed_addr constant [23 x i8] c"return fill(dst, src);\00", section "razor_strings", align 1
// CHECK: @[[FILL:razor.str[.0-9]*]] = private unnamed_addr constant [5 x i8] c"fill\00", section "razor_strings", align 1
// CHECK: @[[SCOPE1:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @[[WHERE]], rel @[[COPY]] }, align 4
// CHECK: @[[CALL1:razor.call[.0-9]*]] = private constant { i32, i16, i8, i8, i32, i32, i32 } { i32 8, i16 10, i8 -1, i8 96, rel @[[SCOPE1]], rel @[[FILL]], rel @[[SRC1]] }, section "razor_sites", align 4
// CHECK: @__razor_callsite = external thread_local(initialexec) global ptr
// CHECK: @[[SHOW:razor.str[.0-9]*]] = private unnamed_addr constant [5 x i8] c"show\00", section "razor_strings", align 1
// CHECK: @[[SRC2:razor.str[.0-9]*]] = private unnamed_addr constant [20 x i8] c"int r = put(st, s);\00", section "razor_strings", align 1
// CHECK: @[[PUT:razor.str[.0-9]*]] = private unnamed_addr constant [4 x i8] c"put\00", section "razor_strings", align 1
// CHECK: @[[SCOPE2:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @[[WHERE]], rel @[[SHOW]] }, align 4
// CHECK: @[[CALL2:razor.call[.0-9]*]] = private constant { i32, i16, i8, i8, i32, i32, i32 } { i32 12, i16 11, i8 -1, i8 96, rel @[[SCOPE2]], rel @[[PUT]], rel @[[SRC2]] }, section "razor_sites", align 4
// CHECK: @[[SRC3:razor.str[.0-9]*]] = private unnamed_addr constant [26 x i8] c"return r + put(st, \22\\n\22);\00", section "razor_strings", align 1
// CHECK: @[[CALL3:razor.call[.0-9]*]] = private constant { i32, i16, i8, i8, i32, i32, i32 } { i32 13, i16 14, i8 -1, i8 96, rel @[[SCOPE2]], rel @[[PUT]], rel @[[SRC3]] }, section "razor_sites", align 4
// CHECK-NOT: @llvm.compiler.used

// The entry value is loaded right after the allocas, before anything else.
// CHECK-LABEL: define dso_local ptr @copy(
// CHECK-NEXT:  entry:
// CHECK-NEXT:    %dst.addr = alloca ptr, align 8
// CHECK-NEXT:    %src.addr = alloca ptr, align 8
// CHECK-NEXT:    %razor.slot = call ptr @__razor_callsite_address()
// CHECK-NEXT:    %razor.entry = load ptr, ptr %razor.slot, align 8
// CHECK-NEXT:    store ptr %dst, ptr %dst.addr, align 8
// CHECK-NOT:     {{@__razor_callsite|%razor.slot}}
// CHECK:         store ptr @[[CALL1]], ptr %razor.slot, align 8
// CHECK-NEXT:    %call = call ptr @fill(
// CHECK-NEXT:    store ptr %razor.entry, ptr %razor.slot, align 8
// CHECK-NEXT:    ret ptr %call

// One load per function: both calls restore the same entry value, so the two calls nest nothing.
// CHECK-LABEL: define dso_local i32 @show(
// CHECK:         %r = alloca i32, align 4
// CHECK-NEXT:    %razor.slot = call ptr @__razor_callsite_address()
// CHECK-NEXT:    %razor.entry = load ptr, ptr %razor.slot, align 8
// CHECK-NOT:     {{@__razor_callsite|%razor.slot}}
// CHECK:         store ptr @[[CALL2]], ptr %razor.slot, align 8
// CHECK-NEXT:    %call = call i32 @put(
// CHECK-NEXT:    store ptr %razor.entry, ptr %razor.slot, align 8
// CHECK-NOT:     {{@__razor_callsite|%razor.slot}}
// CHECK:         store ptr @[[CALL3]], ptr %razor.slot, align 8
// CHECK-NEXT:    %call1 = call i32 @put(
// CHECK-NEXT:    store ptr %razor.entry, ptr %razor.slot, align 8
// CHECK-NOT:     {{@__razor_callsite|%razor.slot}}
// CHECK:         ret i32
