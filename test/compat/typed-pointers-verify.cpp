// On LLVM 14 (typed pointers) instrumented C++ with exceptions (invokes,
// cleanup landing pads, callsite stores) passes the IR verifier.
// REQUIRES: typed-pointers
// RUN: %clangxx -fplugin=%plugin -I%include -S %emit_llvm_native -o %t.ll %s
// RUN: opt -passes=verify -disable-output %t.ll
// RUN: FileCheck %s < %t.ll
// RUN: %clangxx -fplugin=%plugin -I%include -O2 -S %emit_llvm_native -o %t2.ll %s
// RUN: opt -passes=verify -disable-output %t2.ll
#include <razortrace.h>
#include <string>
#include <vector>

static std::vector<std::string> registry;

RAZOR_PROBE("TRACE_V") void add(const char *s) {
  registry.push_back(s);
  int *p = new int(3);
  delete p;
  if (!*s)
    throw 1;
}

int main() {
  try {
    add("x");
    add("");
  } catch (int) {
  }
}
// CHECK: [[P:%[0-9]+]] = load atomic i8*, i8** @__razor_call__Znwm unordered
// CHECK-NEXT: [[F:%[0-9]+]] = bitcast i8* [[P]] to i8* (i64, i8*)*
// CHECK-NEXT: invoke i8* [[F]](i64 4, i8* bitcast (
// CHECK: cleanup
