// Calls into the C++ library that never allocate for their caller get no callsite record and no store of the thread's callsite: std::string's destructor (a declaration: extern template), std::allocator's constructor and destructor, the exception runtime's catch entry points.  std::string's constructor from a C string, which allocates, keeps its record and its stores.
// RUN: %clangxx -std=c++17 -O0 -fno-discard-value-names -fplugin=%plugin -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck %s
// RUN: %clangxx -std=c++17 -O0 -fplugin=%plugin -S -emit-llvm -o - %s -mllvm -stats 2>&1 >/dev/null | FileCheck %s --check-prefix=STATS
// Optimizing, the destructor's body is there (available_externally): still the library's, still no record.
// RUN: %clangxx -std=c++17 -O2 -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s --check-prefix=O2
#include <string>

void use(const std::string &);

void f(const char *p) {
  try {
    std::string s(p);
    use(s);
  } catch (...) {
  }
}

// CHECK-NOT: ~basic_string
// CHECK-NOT: allocator()
// CHECK-NOT: __cxa_begin_catch\00
// CHECK-NOT: __cxa_end_catch\00
// CHECK:     @[[CTOR:razor.str[.0-9]*]] = private unnamed_addr constant {{.*}} c"std::string::basic_string<std::allocator<char>>(char const*, std::allocator<char> const&)\00"
// CHECK-NOT: ~basic_string
// CHECK-NOT: allocator()
// CHECK-NOT: __cxa_begin_catch\00
// CHECK-NOT: __cxa_end_catch\00
// CHECK-LABEL: define {{.*}}void @_Z1fPKc(
// CHECK:         %razor.entry = load ptr, ptr %razor.slot
// CHECK-NOT:     store ptr @razor.call
// CHECK:         call void @_ZNSaIcEC1Ev(ptr {{[^,]*}}%ref.tmp)
// CHECK-NEXT:    store ptr @[[CALL:razor.call[.0-9]*]], ptr %razor.slot
// CHECK-NEXT:    invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2IS3_EEPKcRKS3_(
// CHECK:       invoke.cont:
// CHECK-NEXT:    store ptr %razor.entry, ptr %razor.slot
// CHECK-NEXT:    call void @_ZNSaIcED1Ev(ptr {{[^,]*}}%ref.tmp)
// CHECK-NEXT:    invoke void @__razor_entry._Z3useRKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE(
// At -O0 no placement follows: the value goes back after the call by
// entry name (its thunk may have left the call's record there).
// CHECK:       invoke.cont2:
// CHECK-NEXT:    store ptr %razor.entry, ptr %razor.slot
// CHECK-NEXT:    call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED1Ev(ptr {{[^,]*}}%s)
// CHECK-NOT:     store ptr @razor.call
// CHECK:       {{^}}}

// Three calls with a record: the constructor, use() and __clang_call_terminate's std::terminate.
// O2-NOT: ~basic_string
// O2: define {{.*}}void @_Z1fPKc(
// STATS: 3 razortrace {{.*}}Calls into foreign code given a callsite record
