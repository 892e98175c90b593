// A site record is exactly { line, column, kind, flags (RAZOR_SITE_SOURCE: 64), its scope record } and then its trimmed source line (no callee, no inner: no field for them), constant, in section "razor_sites" (4-aligned); the scope record is { its file record (file, dir: one per file), function }, constant, one per function; its strings are in section "razor_strings" (mergeable, apart from the program's own .rodata: a process that reports nothing leaves their pages on disk); strings and records are named as offsets from the record holding the field (rel: no relocation), kept by the code that uses them (not in @llvm.compiler.used: test/plugin/records-of-removed-calls.c).
// RUN: cd %S && %clang -fplugin=%plugin -S -emit-llvm -o - site-record.c | %python %S/Inputs/rel-fields.py | FileCheck -DDIR=%S %s
#include <stdlib.h>

char *make_buffer(size_t n) {
  char *p = malloc(n + 1); /* trailing */   
	return realloc(p, 2 * n);		
}

// Strings are shared between records; the records come in source order.
// CHECK: @[[FILE:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"site-record.c\00", section "razor_strings", align 1
// CHECK: @[[DIRSTR:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"[[DIR]]\00", section "razor_strings", align 1
// CHECK: @[[WHERE:razor.file[.0-9]*]] = private constant { i32, i32 } { rel @[[FILE]], rel @[[DIRSTR]] }, align 4
// CHECK: @[[FN:razor.str[.0-9]*]] = private unnamed_addr constant [12 x i8] c"make_buffer\00", section "razor_strings", align 1
// CHECK: @[[SRC1:razor.str[.0-9]*]] = private unnamed_addr constant [40 x i8] c"char *p = malloc(n + 1); /* trailing */\00", section "razor_strings", align 1
// CHECK: @[[SCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @[[WHERE]], rel @[[FN]] }, align 4
// CHECK: @[[SITE1:razor.site[.0-9]*]] = private constant { i32, i16, i8, i8, i32, i32 } { i32 [[#@LINE-11]], i16 13, i8 0, i8 64, rel @[[SCOPE]], rel @[[SRC1]] }, section "razor_sites", align 4
// CHECK: @[[SRC2:razor.str[.0-9]*]] = private unnamed_addr constant [26 x i8] c"return realloc(p, 2 * n);\00", section "razor_strings", align 1
// CHECK: @[[SITE2:razor.site[.0-9]*]] = private constant { i32, i16, i8, i8, i32, i32 } { i32 [[#@LINE-12]], i16 9, i8 2, i8 64, rel @[[SCOPE]], rel @[[SRC2]] }, section "razor_sites", align 4
// CHECK-NOT: @llvm.compiler.used

// CHECK-LABEL: define dso_local ptr @make_buffer(
// CHECK: [[M:%[0-9]+]] = load atomic ptr, ptr @__razor_call_malloc unordered
// CHECK-NEXT: call {{.*}}ptr [[M]](i64 %{{[0-9]+}}, ptr @[[SITE1]])
// CHECK: [[R:%[0-9]+]] = load atomic ptr, ptr @__razor_call_realloc unordered
// CHECK-NEXT: call {{.*}}ptr [[R]](ptr %{{[0-9]+}}, i64 %{{[0-9]+}}, ptr @[[SITE2]])
