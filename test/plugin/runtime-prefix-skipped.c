// Functions named __razor_* (the runtime's own) are never instrumented: a __razor_helper calling malloc or free keeps calling them.
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck %s
#include <stdlib.h>

void *__razor_helper(size_t n) { return malloc(n); }
void __razor_release(void *p) { free(p); }
// An ordinary function next to them is still rewritten.
void *user(size_t n) { return malloc(n); }

// CHECK: @[[FN:razor.str[.0-9]*]] = private unnamed_addr constant [5 x i8] c"user\00"
// CHECK: @[[SCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @{{razor.file[.0-9]*}}, rel @[[FN]] }
// CHECK: @razor.site = private constant {{.*}} rel @[[SCOPE]], rel @{{[^,]+}} }, section "razor_sites"
// CHECK-NOT: section "razor_sites"
// CHECK-LABEL: define dso_local ptr @__razor_helper(
// CHECK:         call noalias ptr @malloc(i64 noundef
// CHECK-LABEL: define dso_local void @__razor_release(
// CHECK:         call void @free(ptr noundef
// CHECK-LABEL: define dso_local ptr @user(
// CHECK:         [[M:%[0-9]+]] = load atomic ptr, ptr @__razor_call_malloc unordered
// CHECK-NEXT:    call {{.*}}ptr [[M]](i64 {{%[0-9]+}}, ptr @razor.site)
