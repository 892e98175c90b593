// At -O2 a static probe inlined into its caller keeps its entry and exit hooks there, around the inlined body.
// RUN: %clang -O2 -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
#include <stdlib.h>

static void *cache;

__attribute__((annotate("razor_probe:TRACE_I")))
static void remember(size_t n) { cache = malloc(n); }

void outer(size_t n) { remember(n + 1); }

// CHECK-LABEL: define dso_local void @outer(
// CHECK-NOT:     call {{.*}}@remember(
// CHECK:         [[TOK:%[0-9]+]] = tail call i32 @__razor_probe_enter(ptr nonnull @razor.probe,
// CHECK:         call ptr @__razor_malloc(
// CHECK:         tail call void @__razor_probe_exit(ptr nonnull @razor.probe, i32 [[TOK]])
// CHECK-NEXT:    ret void
