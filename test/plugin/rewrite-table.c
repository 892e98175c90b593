// Every function of runtime/razor_fns.def is rewritten to __razor_NAME(original args..., ptr site) with a record of its kind: malloc, calloc, realloc and free called through the runtime's pointer, the others behind an inline test with the original call only as the untraced path.
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: FileCheck --check-prefix=KIND %s < %t.ll
// RUN: grep -E 'call .*@(malloc|calloc|realloc|reallocarray|free|strdup|strndup|aligned_alloc|posix_memalign|memalign|valloc)\(' %t.ll > %t.calls
// RUN: not grep -v 'razor.tested' %t.calls
#define _GNU_SOURCE
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

void all(void *p, size_t n, void **out) {
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 0, i8 {{(0|32|64|96)}},
  malloc(n);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 1, i8 {{(0|32|64|96)}},
  calloc(n, 4);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 2, i8 {{(0|32|64|96)}},
  realloc(p, n);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 3, i8 {{(0|32|64|96)}},
  reallocarray(p, n, 8);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 4, i8 {{(0|32|64|96)}},
  free(p);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 5, i8 {{(0|32|64|96)}},
  strdup("x");
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 6, i8 {{(0|32|64|96)}},
  strndup("x", n);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 7, i8 {{(0|32|64|96)}},
  aligned_alloc(16, n);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 8, i8 {{(0|32|64|96)}},
  int r = posix_memalign(out, 64, n);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 9, i8 {{(0|32|64|96)}},
  memalign(32, n);
  // KIND: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE+1]], i16 {{[0-9]+}}, i8 10, i8 {{(0|32|64|96)}},
  valloc(n);
  (void)r;
}

// CHECK-LABEL: define dso_local void @all(
// malloc, calloc, realloc and free: one call through the runtime's pointer,
// with the wrapper's arguments (it points to the function itself, which
// ignores the site, until anything can be traced).
// CHECK:      [[N:%[0-9]+]] = load i64,
// CHECK-NEXT: [[M:%[0-9]+]] = load atomic ptr, ptr @__razor_call_malloc unordered, align 8
// CHECK-NEXT: call {{.*}}ptr [[M]](i64 [[N]], ptr @razor.site{{[.0-9]*}}){{.*}}, !razor.tested
// CHECK:      [[N:%[0-9]+]] = load i64,
// CHECK-NEXT: [[M:%[0-9]+]] = load atomic ptr, ptr @__razor_call_calloc unordered, align 8
// CHECK-NEXT: call {{.*}}ptr [[M]](i64 [[N]], i64 4, ptr @razor.site{{[.0-9]*}}){{.*}}, !razor.tested
// CHECK:      [[P:%[0-9]+]] = load ptr,
// CHECK-NEXT: [[N:%[0-9]+]] = load i64,
// CHECK-NEXT: [[M:%[0-9]+]] = load atomic ptr, ptr @__razor_call_realloc unordered, align 8
// CHECK-NEXT: call {{.*}}ptr [[M]](ptr [[P]], i64 [[N]], ptr @razor.site{{[.0-9]*}}){{.*}}, !razor.tested
// Other releases and resizes test whether anything may be tracked at all.
// CHECK:      [[P:%[0-9]+]] = load ptr,
// CHECK-NEXT: [[N:%[0-9]+]] = load i64,
// CHECK-NEXT: [[F:%[0-9]+]] = load i32, ptr @__razor_tracking, align 4
// CHECK:      call {{.*}}ptr @__razor_reallocarray(ptr [[P]], i64 [[N]], i64 8, ptr @razor.site{{[.0-9]*}})
// CHECK:      call ptr @reallocarray(ptr [[P]], i64 [[N]], i64 8){{.*}}, !razor.tested
// CHECK:      [[P:%[0-9]+]] = load ptr,
// CHECK-NEXT: [[M:%[0-9]+]] = load atomic ptr, ptr @__razor_call_free unordered, align 8
// CHECK-NEXT: call void [[M]](ptr [[P]], ptr @razor.site{{[.0-9]*}}){{.*}}, !razor.tested
// Other allocations test whether this thread samples:
// CHECK:      [[F:%[0-9]+]] = load i32, ptr @__razor_sampling, align 4
// CHECK-NEXT: [[B:%[0-9]+]] = icmp ne i32 [[F]], 0
// CHECK-NEXT: br i1 [[B]], label %[[SLOW:[0-9]+]], label %[[FAST:[0-9]+]], {{.*}}!prof [[UNLIKELY:![0-9]+]]
// CHECK:      [[SLOW]]:
// CHECK-NEXT: [[T:%[0-9]+]] = call {{.*}}ptr @__razor_strdup(ptr {{(getelementptr inbounds \(\[[0-9]+ x i8\], ptr )?}}@.str{{(, i64 0, i64 0\))?}}, ptr @razor.site{{[.0-9]*}})
// CHECK-NEXT: br label %[[JOIN:[0-9]+]]
// CHECK:      [[FAST]]:
// CHECK-NEXT: [[U:%[0-9]+]] = call ptr @strdup(ptr {{(getelementptr inbounds \(\[[0-9]+ x i8\], ptr )?}}@.str{{(, i64 0, i64 0\))?}}){{.*}}, !razor.tested
// CHECK-NEXT: br label %[[JOIN]]
// CHECK:      [[JOIN]]:
// CHECK-NEXT: phi ptr [ [[T]], %[[SLOW]] ], [ [[U]], %[[FAST]] ]
// CHECK:      [[N:%[0-9]+]] = load i64,
// CHECK:      call {{.*}}ptr @__razor_strndup(ptr {{(getelementptr inbounds \(\[[0-9]+ x i8\], ptr )?}}@.str{{(, i64 0, i64 0\))?}}, i64 [[N]], ptr @razor.site{{[.0-9]*}})
// CHECK:      call ptr @strndup(ptr {{.*}}, i64 [[N]]){{.*}}, !razor.tested
// CHECK:      [[N:%[0-9]+]] = load i64,
// CHECK:      call {{.*}}ptr @__razor_aligned_alloc(i64 16, i64 [[N]], ptr @razor.site{{[.0-9]*}})
// CHECK:      call ptr @aligned_alloc(i64 16, i64 [[N]]){{.*}}, !razor.tested
// CHECK:      [[O:%[0-9]+]] = load ptr,
// CHECK-NEXT: [[N:%[0-9]+]] = load i64,
// CHECK:      [[R1:%[0-9]+]] = call i32 @__razor_posix_memalign(ptr [[O]], i64 64, i64 [[N]], ptr @razor.site{{[.0-9]*}})
// CHECK:      [[R2:%[0-9]+]] = call i32 @posix_memalign(ptr [[O]], i64 64, i64 [[N]]){{.*}}, !razor.tested
// CHECK:      [[R:%[0-9]+]] = phi i32 [ [[R1]], %{{[0-9]+}} ], [ [[R2]], %{{[0-9]+}} ]
// CHECK-NEXT: store i32 [[R]], ptr
// CHECK-NEXT: [[N:%[0-9]+]] = load i64,
// CHECK:      call {{.*}}ptr @__razor_memalign(i64 32, i64 [[N]], ptr @razor.site{{[.0-9]*}})
// CHECK:      call ptr @memalign(i64 32, i64 [[N]]){{.*}}, !razor.tested
// CHECK:      [[N:%[0-9]+]] = load i64,
// CHECK:      call {{.*}}ptr @__razor_valloc(i64 [[N]], ptr @razor.site{{[.0-9]*}})
// CHECK:      call ptr @valloc(i64 [[N]]){{.*}}, !razor.tested
// CHECK:      ret void

// The wrappers are declared with the original parameters plus the site.
// CHECK-DAG: declare ptr @__razor_malloc(i64, ptr)
// CHECK-DAG: declare i32 @__razor_posix_memalign(ptr, i64, i64, ptr)
// CHECK-DAG: declare void @__razor_free(ptr, ptr)
// CHECK:      [[UNLIKELY]] = !{!"branch_weights", i32 1, i32 {{[0-9]+}}}
