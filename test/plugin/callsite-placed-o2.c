// At -O2 a rare call into foreign code inside a loop costs the loop nothing: the system header's charbuf_push (-isystem: a system header, as for clang) is inlined, the call of it is the user's call its allocations are charged to, and the callsite is set on the rare path only (before charbuf_grow); the value the function was entered with is read at its entry and written back at its return, never in the loop. (The functions declared here stand for code built without the plugin: -razortrace-entries=false brackets their calls as without the link-time entries of test/plugin/entries.c.)
// RUN: %clang -O2 -g0 -isystem %S/Inputs/sys -fplugin=%plugin -mllvm -razortrace-entries=false -S -emit-llvm -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: %opt -passes=verify -disable-output %t.ll
#include <charbuf.h>

// CHECK-LABEL: define {{.*}}void @fill(
// CHECK:         [[SAVED:%[0-9a-z.]+]] = load ptr, ptr @__razor_callsite
// CHECK-NOT:     @__razor_callsite
// CHECK:         store ptr [[SAVED]], ptr @__razor_callsite
// CHECK-NEXT:    ret void
// CHECK-NOT:     @__razor_callsite
// CHECK:         store ptr @razor.call{{[.0-9]*}}, ptr @__razor_callsite
// CHECK-NEXT:    tail call void @charbuf_grow(
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
