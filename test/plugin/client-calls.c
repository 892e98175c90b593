// razortrace.h's client calls in code built with the plugin: razor_malloclike and razor_pool_alloc get site records of their kinds (like malloc: the finding names this line) and go to __razor_razor_NAME(args..., site) behind the thread's __razor_sampling test; razor_freelike, razor_pool_free and razor_pool_clear behind the process's __razor_tracking test; with the word clear nothing is called at all (no call of the functions themselves).  The header's own test of the weak function's address stays outside.
// RUN: %clang -fplugin=%plugin -O2 -I%include -S -emit-llvm -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: FileCheck --check-prefix=KIND %s < %t.ll
// RUN: %clang -fplugin=%plugin -O0 -I%include -S -emit-llvm -o %t0.ll %s
// RUN: FileCheck %s --check-prefix=O0 < %t0.ll
// RUN: not grep -E 'call void @razor_(malloclike|freelike|pool_alloc|pool_free|pool_clear)\(' %t.ll %t0.ll
#include <razortrace.h>

void reg(void *pool, void *p, size_t n) {
  // KIND-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 72, i8 {{(0|32|64|96)}},
  razor_malloclike(p, n);
  // KIND-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 73, i8 {{(0|32|64|96)}},
  razor_pool_alloc(pool, p, n);
  // KIND-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 75, i8 {{(0|32|64|96)}},
  razor_pool_free(pool, p);
  // KIND-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 74, i8 {{(0|32|64|96)}},
  razor_freelike(p);
  // KIND-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 76, i8 {{(0|32|64|96)}},
  razor_pool_clear(pool);
}

// CHECK-LABEL: define dso_local void @reg(
// The header's address test is an icmp instruction from LLVM 19 (which
// removed icmp constant expressions), a constant expression in the branch
// before: `br i1 icmp ne (ptr @razor_malloclike, ptr null), ...` on 14.
// CHECK:       {{icmp eq ptr @razor_malloclike, null|br i1 icmp ne \(ptr @razor_malloclike, ptr null\)}}
// CHECK:       [[F:%.*]] = load i32, ptr @__razor_sampling
// CHECK-NEXT:  [[B:%.*]] = icmp ne i32 [[F]], 0
// (The branch has a !dbg where the pass has locations without -g: 19 and 22.)
// CHECK-NEXT:  br i1 [[B]], label %[[SLOW:[0-9a-z._]+]], label %[[FAST:[0-9a-z._]+]],{{.*}} !prof
// CHECK:       [[SLOW]]:
// CHECK-NEXT:  call void @__razor_razor_malloclike(ptr %1, i64 %2, ptr nonnull @razor.site{{[.0-9]*}})
// CHECK:       [[FAST]]:
// CHECK-NEXT:  br label
// CHECK:       load i32, ptr @__razor_sampling
// CHECK:       call void @__razor_razor_pool_alloc(ptr %0, ptr %1, i64 %2, ptr nonnull @razor.site{{[.0-9]*}})
// CHECK:       load i32, ptr @__razor_tracking
// CHECK:       call void @__razor_razor_pool_free(ptr %0, ptr %1, ptr nonnull @razor.site{{[.0-9]*}})
// CHECK:       load i32, ptr @__razor_tracking
// CHECK:       call void @__razor_razor_freelike(ptr %1, ptr nonnull @razor.site{{[.0-9]*}})
// CHECK:       load i32, ptr @__razor_tracking
// CHECK:       call void @__razor_razor_pool_clear(ptr %0, ptr nonnull @razor.site{{[.0-9]*}})
// CHECK:       ret void

// O0-LABEL: define dso_local void @reg(
// O0:       load i32, ptr @__razor_sampling
// O0:       call void @__razor_razor_malloclike(
// O0:       load i32, ptr @__razor_tracking
// O0:       call void @__razor_razor_pool_clear(
