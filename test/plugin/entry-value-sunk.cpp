// Optimizing, a function whose only reads of the value it was entered with are on rarer paths (a function-local static's first construction and its landing pads) reads that value where those paths part from the common one, into a stack slot, and its common path does not touch the thread's callsite: no load, no callee-saved register kept for it (yaml-cpp's YAML::Exp getters, 750 000 calls of Break() in a parse workload).  Not past a call that may leave its record there (a call by entry name); the value is then read at entry, and once only.
// RUN: %clangxx -O2 -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
// RUN: %clangxx -O2 -fplugin=%plugin -S -o - %s | FileCheck --check-prefix=ASM %s
// RUN: %clangxx -O2 -fplugin=%plugin -c -o /dev/null -mllvm -stats %s 2>&1 | FileCheck --check-prefix=STATS %s
struct Table {
  Table(); // defined in another file: called by entry name
  ~Table();
  char *rows;
};
void refresh(); // by entry name too

inline const Table &table() {
  static const Table t;
  return t;
}
// CHECK-LABEL: define {{.*}} @_Z5tablev()
// CHECK-NOT: load ptr, ptr @__razor_callsite
// CHECK: call i32 @__cxa_guard_acquire
// CHECK: [[IN:%.*]] = load ptr, ptr @__razor_callsite
// CHECK-NEXT: store ptr [[IN]], ptr [[SLOT:%.*]],
// CHECK: landingpad
// CHECK: [[BACK:%.*]] = load ptr, ptr [[SLOT]]
// CHECK: store ptr [[BACK]], ptr @__razor_callsite
// ASM-LABEL: _Z5tablev:
// ASM-NOT: %fs:
// ASM: __cxa_guard_acquire
// ASM: %fs:

// A call by entry name comes first on every path: the value is read before it, once (the writes after the call use that read too).
inline const Table &refreshed() {
  refresh();
  static const Table t;
  return t;
}
// CHECK-LABEL: define {{.*}} @_Z9refreshedv()
// CHECK: [[ENTRY:%.*]] = load ptr, ptr @__razor_callsite
// CHECK-NOT: load ptr, ptr @__razor_callsite
// CHECK: call void @__razor_entry._Z7refreshv(
// CHECK-NOT: load ptr, ptr @__razor_callsite
// CHECK: store ptr [[ENTRY]], ptr @__razor_callsite
// CHECK-NOT: load ptr, ptr @__razor_callsite
// CHECK: landingpad
// CHECK-NOT: load ptr, ptr @__razor_callsite
// CHECK: store ptr [[ENTRY]], ptr @__razor_callsite
// CHECK-NEXT: resume

const Table &(*keep[])() = {&table, &refreshed};
// STATS: 1 razortrace {{.*}} Entry values of the thread's callsite read only on the paths that give them back
