// Around stdio's reads and writes (printf, fputs, fgets...) the callsite is cleared to null, not set, and restored after them to the value loaded at the function's entry: the stream buffer they allocate on first use is never the caller's; no record is made for them.
// RUN: %clang -fno-discard-value-names -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
#include <stdio.h>

void log_to(FILE *f, const char *s) {
  fputs(s, f);
  printf("%s\n", s);
}

// CHECK-NOT: razor.call
// CHECK: @__razor_callsite = external thread_local(initialexec) global ptr
// CHECK-NOT: razor.call
// CHECK-LABEL: define dso_local void @log_to(
// CHECK:         %s.addr = alloca ptr, align 8
// CHECK-NEXT:    %razor.slot = call ptr @__razor_callsite_address()
// CHECK-NEXT:    %razor.entry = load ptr, ptr %razor.slot, align 8
// CHECK-NOT:     {{@__razor_callsite|%razor.slot}}
// CHECK:         store ptr null, ptr %razor.slot, align 8
// CHECK-NEXT:    call i32 @fputs(
// CHECK-NEXT:    store ptr %razor.entry, ptr %razor.slot, align 8
// CHECK-NOT:     {{@__razor_callsite|%razor.slot}}
// CHECK:         store ptr null, ptr %razor.slot, align 8
// CHECK-NEXT:    call i32 (ptr, ...) @printf(
// CHECK-NEXT:    store ptr %razor.entry, ptr %razor.slot, align 8
// CHECK-NOT:     {{@__razor_callsite|%razor.slot}}
// CHECK:         ret void
// CHECK-NOT: razor.call
