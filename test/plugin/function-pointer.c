// A call through a function pointer that holds malloc is not rewritten (only direct calls are sites): as an indirect call it gets a callsite record (kind 65535, no callee name) and the set of __razor_callsite before it and the restore, after it, of the value loaded at the function's entry.
// RUN: %clang -fno-discard-value-names -fplugin=%plugin -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck %s
#include <stdlib.h>

void *(*volatile allocate)(size_t) = malloc;

void *via_pointer(size_t n) { return allocate(n); }

// The pointer still holds the real malloc.
// CHECK: @allocate = dso_local global ptr @malloc
// CHECK-NOT: @razor.site
// CHECK: @[[SCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @{{razor.file[.0-9]*}}, rel @{{[^,]+}} }
// CHECK-NOT: @razor.site
// CHECK: @[[CALL:razor.call]] = private constant { i32, i16, i8, i8, i32, i32 } { i32 [[#@LINE-7]], i16 38, i8 -1, i8 64, rel @[[SCOPE]], rel @{{[^,]+}} }, section "razor_sites", align 4
// CHECK-NOT: @razor.site
// CHECK-LABEL: define dso_local ptr @via_pointer(
// CHECK:         %n.addr = alloca i64
// CHECK-NEXT:    %razor.slot = call ptr @__razor_callsite_address()
// CHECK-NEXT:    %razor.entry = load ptr, ptr %razor.slot
// CHECK:         [[FP:%[0-9a-z.]+]] = load volatile ptr, ptr @allocate
// CHECK-NOT:     {{@__razor_callsite|%razor.slot}}
// CHECK:         store ptr @[[CALL]], ptr %razor.slot
// CHECK-NEXT:    [[P:%[0-9a-z.]+]] = call ptr [[FP]](i64 noundef
// CHECK-NEXT:    store ptr %razor.entry, ptr %razor.slot
// CHECK-NEXT:    ret ptr [[P]]
// CHECK-NOT: @__razor_malloc
