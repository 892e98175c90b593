// Every C++ allocation and deallocation operator of runtime/razor_fns.def, called explicitly or from a new/delete expression, is called through the runtime's pointer __razor_call_<mangled> with the original args and the site (a record of its kind); the deleting and nothrow wrappers are nounwind, the throwing operator new wrappers are not.
// RUN: %clangxx -std=c++17 -fsized-deallocation -faligned-allocation -fno-discard-value-names -fplugin=%plugin -S -emit-llvm -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: FileCheck --check-prefix=KIND %s < %t.ll
// RUN: FileCheck --check-prefix=DECL %s < %t.ll
// The operators are never called directly.
// RUN: not grep -E '(call|invoke) .*@_Z(n|d)[wla]' %t.ll
#include <cstddef>
#include <new>

void explicit_calls(std::size_t n) {
  void *p;
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 11, i8 {{(0|32|64|96)}},
  p = ::operator new(n);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 12, i8 {{(0|32|64|96)}},
  p = ::operator new[](n);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 13, i8 {{(0|32|64|96)}},
  p = ::operator new(n, std::nothrow);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 14, i8 {{(0|32|64|96)}},
  p = ::operator new[](n, std::nothrow);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 15, i8 {{(0|32|64|96)}},
  p = ::operator new(n, std::align_val_t(64));
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 16, i8 {{(0|32|64|96)}},
  p = ::operator new[](n, std::align_val_t(64));
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 17, i8 {{(0|32|64|96)}},
  p = ::operator new(n, std::align_val_t(64), std::nothrow);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 18, i8 {{(0|32|64|96)}},
  p = ::operator new[](n, std::align_val_t(64), std::nothrow);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 19, i8 {{(0|32|64|96)}},
  ::operator delete(p);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 20, i8 {{(0|32|64|96)}},
  ::operator delete[](p);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 21, i8 {{(0|32|64|96)}},
  ::operator delete(p, n);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 22, i8 {{(0|32|64|96)}},
  ::operator delete[](p, n);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 23, i8 {{(0|32|64|96)}},
  ::operator delete(p, std::align_val_t(64));
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 24, i8 {{(0|32|64|96)}},
  ::operator delete[](p, std::align_val_t(64));
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 25, i8 {{(0|32|64|96)}},
  ::operator delete(p, n, std::align_val_t(64));
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 26, i8 {{(0|32|64|96)}},
  ::operator delete[](p, n, std::align_val_t(64));
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 27, i8 {{(0|32|64|96)}},
  ::operator delete(p, std::nothrow);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 28, i8 {{(0|32|64|96)}},
  ::operator delete[](p, std::nothrow);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 29, i8 {{(0|32|64|96)}},
  ::operator delete(p, std::align_val_t(64), std::nothrow);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 30, i8 {{(0|32|64|96)}},
  ::operator delete[](p, std::align_val_t(64), std::nothrow);
}

// CHECK-LABEL: define dso_local void @_Z14explicit_callsm(
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__Znwm unordered
// CHECK-NEXT:    {{%[0-9a-z.]+}} = call {{.*}}ptr [[F]](i64 {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__Znam unordered
// CHECK-NEXT:    {{%[0-9a-z.]+}} = call {{.*}}ptr [[F]](i64 {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZnwmRKSt9nothrow_t unordered
// CHECK-NEXT:    {{%[0-9a-z.]+}} = call {{.*}}ptr [[F]](i64 {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZnamRKSt9nothrow_t unordered
// CHECK-NEXT:    {{%[0-9a-z.]+}} = call {{.*}}ptr [[F]](i64 {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZnwmSt11align_val_t unordered
// CHECK-NEXT:    {{%[0-9a-z.]+}} = call {{.*}}ptr [[F]](i64 {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZnamSt11align_val_t unordered
// CHECK-NEXT:    {{%[0-9a-z.]+}} = call {{.*}}ptr [[F]](i64 {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZnwmSt11align_val_tRKSt9nothrow_t unordered
// CHECK-NEXT:    {{%[0-9a-z.]+}} = call {{.*}}ptr [[F]](i64 {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZnamSt11align_val_tRKSt9nothrow_t unordered
// CHECK-NEXT:    {{%[0-9a-z.]+}} = call {{.*}}ptr [[F]](i64 {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZdlPv unordered
// CHECK-NEXT:    call void [[F]](ptr {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZdaPv unordered
// CHECK-NEXT:    call void [[F]](ptr {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZdlPvm unordered
// CHECK-NEXT:    call void [[F]](ptr {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZdaPvm unordered
// CHECK-NEXT:    call void [[F]](ptr {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZdlPvSt11align_val_t unordered
// CHECK-NEXT:    call void [[F]](ptr {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZdaPvSt11align_val_t unordered
// CHECK-NEXT:    call void [[F]](ptr {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZdlPvmSt11align_val_t unordered
// CHECK-NEXT:    call void [[F]](ptr {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZdaPvmSt11align_val_t unordered
// CHECK-NEXT:    call void [[F]](ptr {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZdlPvRKSt9nothrow_t unordered
// CHECK-NEXT:    call void [[F]](ptr {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZdaPvRKSt9nothrow_t unordered
// CHECK-NEXT:    call void [[F]](ptr {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZdlPvSt11align_val_tRKSt9nothrow_t unordered
// CHECK-NEXT:    call void [[F]](ptr {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZdaPvSt11align_val_tRKSt9nothrow_t unordered
// CHECK-NEXT:    call void [[F]](ptr {{%[0-9]+}}, {{.*}}ptr @razor.site{{[.0-9]*}})

// new and delete expressions: the operator they call, with the size (and alignment) the compiler computed.
struct alignas(64) Wide { char c[64]; };
void expressions(std::size_t n) {
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 11, i8 {{(0|32|64|96)}},
  int *a = new int;
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 12, i8 {{(0|32|64|96)}},
  int *b = new int[n];
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 13, i8 {{(0|32|64|96)}},
  int *c = new (std::nothrow) int;
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 15, i8 {{(0|32|64|96)}},
  Wide *d = new Wide;
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 21, i8 {{(0|32|64|96)}},
  delete a;
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 20, i8 {{(0|32|64|96)}},
  delete[] b;
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 21, i8 {{(0|32|64|96)}},
  delete c;
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 25, i8 {{(0|32|64|96)}},
  delete d;
}

// CHECK-LABEL: define dso_local void @_Z11expressionsm(
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__Znwm unordered
// CHECK-NEXT:    {{%[0-9a-z.]+}} = call {{.*}}ptr [[F]](i64 4, ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__Znam unordered
// CHECK-NEXT:    {{%[0-9a-z.]+}} = call {{.*}}ptr [[F]](i64 {{%[0-9]+}}, ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZnwmRKSt9nothrow_t unordered
// CHECK-NEXT:    {{%[0-9a-z.]+}} = call {{.*}}ptr [[F]](i64 4, ptr @_ZSt7nothrow, ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZnwmSt11align_val_t unordered
// CHECK-NEXT:    {{%[0-9a-z.]+}} = call {{.*}}ptr [[F]](i64 64, i64 64, ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZdlPvm unordered
// CHECK-NEXT:    call void [[F]](ptr {{%[0-9]+}}, i64 4, ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZdaPv unordered
// CHECK-NEXT:    call void [[F]](ptr {{%[0-9]+}}, ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZdlPvm unordered
// CHECK-NEXT:    call void [[F]](ptr {{%[0-9]+}}, i64 4, ptr @razor.site{{[.0-9]*}})
// CHECK:         [[F:%razor.fn[0-9]*]] = load atomic ptr, ptr @__razor_call__ZdlPvmSt11align_val_t unordered
// CHECK-NEXT:    call void [[F]](ptr {{%[0-9]+}}, i64 64, i64 64, ptr @razor.site{{[.0-9]*}})

// The wrappers keep the original parameters plus the site; those of functions that cannot throw are nounwind.
// They are declared in the order of first use.
// DECL: declare ptr @__razor__Znwm(i64, ptr){{$}}
// DECL: declare ptr @__razor__Znam(i64, ptr){{$}}
// DECL: declare ptr @__razor__ZnwmRKSt9nothrow_t(i64, ptr, ptr) #[[NOUNWIND:[0-9]+]]{{$}}
// DECL: declare ptr @__razor__ZnamRKSt9nothrow_t(i64, ptr, ptr) #[[NOUNWIND]]{{$}}
// DECL: declare ptr @__razor__ZnwmSt11align_val_t(i64, i64, ptr){{$}}
// DECL: declare ptr @__razor__ZnamSt11align_val_t(i64, i64, ptr){{$}}
// DECL: declare ptr @__razor__ZnwmSt11align_val_tRKSt9nothrow_t(i64, i64, ptr, ptr) #[[NOUNWIND]]{{$}}
// DECL: declare ptr @__razor__ZnamSt11align_val_tRKSt9nothrow_t(i64, i64, ptr, ptr) #[[NOUNWIND]]{{$}}
// DECL: declare void @__razor__ZdlPv(ptr, ptr) #[[NOUNWIND]]{{$}}
// DECL: declare void @__razor__ZdaPv(ptr, ptr) #[[NOUNWIND]]{{$}}
// DECL: declare void @__razor__ZdlPvm(ptr, i64, ptr) #[[NOUNWIND]]{{$}}
// DECL: declare void @__razor__ZdaPvm(ptr, i64, ptr) #[[NOUNWIND]]{{$}}
// DECL: declare void @__razor__ZdlPvSt11align_val_t(ptr, i64, ptr) #[[NOUNWIND]]{{$}}
// DECL: declare void @__razor__ZdaPvSt11align_val_t(ptr, i64, ptr) #[[NOUNWIND]]{{$}}
// DECL: declare void @__razor__ZdlPvmSt11align_val_t(ptr, i64, i64, ptr) #[[NOUNWIND]]{{$}}
// DECL: declare void @__razor__ZdaPvmSt11align_val_t(ptr, i64, i64, ptr) #[[NOUNWIND]]{{$}}
// DECL: declare void @__razor__ZdlPvRKSt9nothrow_t(ptr, ptr, ptr) #[[NOUNWIND]]{{$}}
// DECL: declare void @__razor__ZdaPvRKSt9nothrow_t(ptr, ptr, ptr) #[[NOUNWIND]]{{$}}
// DECL: declare void @__razor__ZdlPvSt11align_val_tRKSt9nothrow_t(ptr, i64, ptr, ptr) #[[NOUNWIND]]{{$}}
// DECL: declare void @__razor__ZdaPvSt11align_val_tRKSt9nothrow_t(ptr, i64, ptr, ptr) #[[NOUNWIND]]{{$}}
// DECL: attributes #[[NOUNWIND]] = { nounwind }

