// A call through a function pointer that holds malloc is not rewritten (only direct calls are sites).
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
#include <stdlib.h>

void *(*volatile allocate)(size_t) = malloc;

void *via_pointer(size_t n) { return allocate(n); }

// The pointer still holds the real malloc.
// CHECK: @allocate = dso_local global ptr @malloc
// CHECK-NOT: section "razor_sites"
// CHECK-LABEL: define dso_local ptr @via_pointer(
// CHECK:         [[FP:%[0-9]+]] = load volatile ptr, ptr @allocate
// CHECK:         call ptr [[FP]](i64 noundef
// CHECK-NOT:     @__razor_malloc
// CHECK-NOT: @__razor_malloc
