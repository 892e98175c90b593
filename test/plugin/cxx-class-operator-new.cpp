// A class's own operator new/delete (user-declared static members) are not rewritten where `new T`/`delete` call them; the malloc, ::operator new and free inside them are. (Recognising allocation wrappers by shape is off here, no-auto-alloc: its helpers would charge their callers.)
// RUN: %clangxx -fno-exceptions -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o %t.ll %s
// RUN: %python %S/Inputs/rel-fields.py < %t.ll | FileCheck %s
#include <cstddef>
#include <cstdlib>
#include <new>

struct Pooled {
  static void *operator new(std::size_t n);
  static void operator delete(void *p) noexcept { std::free(p); }
  int v;
};
void *Pooled::operator new(std::size_t n) {
  if (void *p = std::malloc(n))
    return p;
  return ::operator new(n);
}

Pooled *make() { return new Pooled; }
void drop(Pooled *p) { delete p; }

// CHECK-DAG: @[[NEWFN:razor.str[.0-9]*]] = private unnamed_addr constant [36 x i8] c"Pooled::operator new(unsigned long)\00"
// CHECK-DAG: @[[DELFN:razor.str[.0-9]*]] = private unnamed_addr constant [31 x i8] c"Pooled::operator delete(void*)\00"
// CHECK-DAG: @[[NEWSCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @{{razor.file[.0-9]*}}, rel @[[NEWFN]] }
// CHECK-DAG: @[[DELSCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @{{razor.file[.0-9]*}}, rel @[[DELFN]] }
// CHECK-DAG: @[[MALLOC:razor.site[.0-9]*]] = private constant {{.*}} { i32 14, i16 17, i8 0, i8 {{(0|32|64|96)}}, rel @[[NEWSCOPE]],
// CHECK-DAG: @[[GLOBALNEW:razor.site[.0-9]*]] = private constant {{.*}} { i32 16, i16 10, i8 11, i8 {{(0|32|64|96)}}, rel @[[NEWSCOPE]],
// CHECK-DAG: @[[FREE:razor.site[.0-9]*]] = private constant {{.*}} { i32 10, i16 51, i8 4, i8 {{(0|32|64|96)}}, rel @[[DELSCOPE]],

// CHECK-LABEL: define dso_local noundef ptr @_ZN6PoolednwEm(
// CHECK:         [[M:%[0-9]+]] = load atomic ptr, ptr @__razor_call_malloc unordered
// CHECK-NEXT:    call {{.*}}ptr [[M]](i64 {{%[0-9]+}}, ptr @[[MALLOC]])
// CHECK:         [[N:%[0-9]+]] = load atomic ptr, ptr @__razor_call__Znwm unordered
// CHECK-NEXT:    call {{.*}}ptr [[N]](i64 {{%[0-9]+}}, ptr @[[GLOBALNEW]])
// The new-expression calls the class's operator, untouched (defined here: no callsite either).
// CHECK-LABEL: define dso_local noundef ptr @_Z4makev(
// CHECK-NEXT:    [[P:%[0-9a-z]+]] = call noundef ptr @_ZN6PoolednwEm(i64 noundef 4)
// CHECK-NEXT:    ret ptr [[P]]
// CHECK-LABEL: define dso_local void @_Z4dropP6Pooled(
// CHECK-NOT:     __razor
// CHECK:         call void @_ZN6PooleddlEPv(
// CHECK-NOT:     __razor
// CHECK:         ret void
// CHECK-LABEL: define linkonce_odr dso_local void @_ZN6PooleddlEPv(
// CHECK:         [[F:%[0-9]+]] = load atomic ptr, ptr @__razor_call_free unordered
// CHECK-NEXT:    call void [[F]](ptr {{%[0-9]+}}, ptr @[[FREE]])
// No class operator got a wrapper.
// CHECK-NOT: @__razor__ZN6Pooled
