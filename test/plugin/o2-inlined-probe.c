// At -O2 a probe is never inlined into its caller (each activation keeps a frame of its own, which is how the runtime tells a probe left by longjmp from a live one): it stays a noinline function with its hooks, and its caller calls it.
// RUN: %clang -O2 -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
#include <stdlib.h>

void *cache; /* read elsewhere: the block is used */

__attribute__((annotate("razor_probe:TRACE_I")))
static void remember(size_t n) { cache = malloc(n); }

void outer(size_t n) { remember(n + 1); }

// CHECK-LABEL: define dso_local void @outer(
// CHECK-NOT:     @__razor_probe_enter
// CHECK:         call void @remember(
// CHECK-NOT:     @__razor_probe_
// CHECK:         ret void

// CHECK-LABEL: define internal void @remember(
// CHECK-SAME:    #[[ATTRS:[0-9]+]]
// CHECK:         [[TOK:%[0-9]+]] = tail call i32 @__razor_probe_enter(ptr nonnull @razor.probe,
// CHECK:         [[M:%[0-9]+]] = load atomic ptr, ptr @__razor_call_malloc unordered
// CHECK-NEXT:    call {{.*}}ptr [[M]](
// CHECK:         tail call void @__razor_probe_exit(ptr nonnull @razor.probe, i32 [[TOK]])
// CHECK-NEXT:    ret void

// CHECK: attributes #[[ATTRS]] = { noinline
