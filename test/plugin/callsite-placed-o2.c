// At -O2 a rare call into foreign code inside a loop costs the loop nothing: the system header's charbuf_push is inlined, and the callsite is read, set and restored on the rare path only (round charbuf_grow), with nothing at the function's entry or return.  The restore goes before the branch back into the loop, so the loop still knows the variable's value and the return needs no write. (The functions declared here stand for code built without the plugin: -razortrace-entries=false brackets their calls as without the link-time entries of test/plugin/entries.c.)
// RUN: %clang -O2 -g0 -isystem %S/Inputs/sys -fplugin=%plugin -mllvm -razortrace-entries=false -S -emit-llvm -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: %opt -passes=verify -disable-output %t.ll
#include <charbuf.h>

// CHECK-LABEL: define {{.*}}void @fill(
// CHECK-NOT:     @__razor_callsite
// CHECK:         [[SAVED:%[0-9a-z.]+]] = load ptr, ptr @__razor_callsite
// CHECK-NEXT:    store ptr @razor.call{{[.0-9]*}}, ptr @__razor_callsite
// CHECK-NEXT:    tail call void @charbuf_grow(
// CHECK-NOT:     {{call|@__razor_callsite}}
// CHECK:         store ptr [[SAVED]], ptr @__razor_callsite
// CHECK-NEXT:    br label
// CHECK-NOT:     @__razor_callsite
// CHECK:       {{^}}}
void fill(struct charbuf *b, unsigned n) {
  for (unsigned i = 0; i < n; i++)
    charbuf_push(b, 'a' + i % 26);
}

// A function calling nothing that may allocate loads and stores nothing.
// CHECK-LABEL: define {{.*}}@count(
// CHECK-NOT:     @__razor_callsite
// CHECK:       {{^}}}
unsigned count(const struct charbuf *b) { return b->len; }
