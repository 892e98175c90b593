// At -O2, after std::string's `+=` of a char is inlined into the user's loop, the callsite is set right before the call that can read it (the rare _M_mutate), not each time round the loop: every write of a call's site is followed by a call or invoke.  Before, the set came first in the inlined body and ran for every char.
// The landing pad's operator delete (std::string's destructor, inlined; sized from LLVM 15's default on) is a release, which reads no callsite: nothing is written for it; the value the function was entered with is written back before the return and the resume.  (Built -fPIC, so that build stays one function: with an entry name it would be split, and its body would not write the value back; entries.c shows the split.)
// RUN: %clangxx -O2 -g0 -fPIC -fplugin=%plugin -S -emit-llvm -o %t.ll %s
// RUN: %opt -passes=verify -disable-output %t.ll
// RUN: FileCheck %s < %t.ll
// RUN: grep -A1 'store ptr @razor\.call[.0-9]*, ptr @__razor_callsite' %t.ll | not grep -v -e '^--$' -e 'store ptr @razor\.call' -e '^ *\(tail \)\{0,1\}\(call\|invoke\) '
#include <string>

// CHECK-LABEL: define {{.*}}@_Z5buildB5cxx11j(
// CHECK:         store ptr @razor.call{{[.0-9]*}}, ptr @__razor_callsite
// CHECK-NEXT:    invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_mutateEmmPKcm(
// CHECK:         landingpad
// CHECK-NOT:     @__razor_callsite
// CHECK:         @__razor_call__ZdlPv{{m?}} unordered
// CHECK-NOT:     @__razor_callsite
// CHECK:         call void %{{[0-9]+}}(ptr %{{[0-9]+}}, {{(i64 %[0-9]+, )?}}ptr nonnull @razor.site{{[.0-9]*}})
// CHECK-NOT:     @__razor_callsite
// CHECK:         store ptr [[IN:%[0-9a-z.]+]], ptr @__razor_callsite
// CHECK-NEXT:    resume
// CHECK:         store ptr [[IN]], ptr @__razor_callsite
// CHECK-NEXT:    ret void
std::string build(unsigned n) {
  std::string s;
  for (unsigned i = 0; i < n; i++)
    s += char('a' + i % 26);
  return s;
}
