// Every function of runtime/razor_fns.def is rewritten to __razor_NAME(original args..., ptr site) with a record of its kind, and the original call is gone.
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: FileCheck --check-prefix=KIND %s < %t.ll
// RUN: FileCheck --check-prefix=GONE %s < %t.ll
#define _GNU_SOURCE
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

void all(void *p, size_t n, void **out) {
  // KIND: @razor.site{{[.0-9]*}} = private global {{.*}} { i32 0, i16 0, i16 0, i32 [[#@LINE+1]],
  malloc(n);
  // KIND: @razor.site{{[.0-9]*}} = private global {{.*}} { i32 0, i16 1, i16 0, i32 [[#@LINE+1]],
  calloc(n, 4);
  // KIND: @razor.site{{[.0-9]*}} = private global {{.*}} { i32 0, i16 2, i16 0, i32 [[#@LINE+1]],
  realloc(p, n);
  // KIND: @razor.site{{[.0-9]*}} = private global {{.*}} { i32 0, i16 3, i16 0, i32 [[#@LINE+1]],
  reallocarray(p, n, 8);
  // KIND: @razor.site{{[.0-9]*}} = private global {{.*}} { i32 0, i16 4, i16 0, i32 [[#@LINE+1]],
  free(p);
  // KIND: @razor.site{{[.0-9]*}} = private global {{.*}} { i32 0, i16 5, i16 0, i32 [[#@LINE+1]],
  strdup("x");
  // KIND: @razor.site{{[.0-9]*}} = private global {{.*}} { i32 0, i16 6, i16 0, i32 [[#@LINE+1]],
  strndup("x", n);
  // KIND: @razor.site{{[.0-9]*}} = private global {{.*}} { i32 0, i16 7, i16 0, i32 [[#@LINE+1]],
  aligned_alloc(16, n);
  // KIND: @razor.site{{[.0-9]*}} = private global {{.*}} { i32 0, i16 8, i16 0, i32 [[#@LINE+1]],
  int r = posix_memalign(out, 64, n);
  // KIND: @razor.site{{[.0-9]*}} = private global {{.*}} { i32 0, i16 9, i16 0, i32 [[#@LINE+1]],
  memalign(32, n);
  // KIND: @razor.site{{[.0-9]*}} = private global {{.*}} { i32 0, i16 10, i16 0, i32 [[#@LINE+1]],
  valloc(n);
  (void)r;
}

// CHECK-LABEL: define dso_local void @all(
// CHECK:      [[N:%[0-9]+]] = load i64,
// CHECK-NEXT: {{%[0-9]+}} = call ptr @__razor_malloc(i64 [[N]], ptr @razor.site{{[.0-9]*}})
// CHECK:      [[N:%[0-9]+]] = load i64,
// CHECK-NEXT: {{%[0-9]+}} = call ptr @__razor_calloc(i64 [[N]], i64 4, ptr @razor.site{{[.0-9]*}})
// CHECK:      [[P:%[0-9]+]] = load ptr,
// CHECK-NEXT: [[N:%[0-9]+]] = load i64,
// CHECK-NEXT: {{%[0-9]+}} = call ptr @__razor_realloc(ptr [[P]], i64 [[N]], ptr @razor.site{{[.0-9]*}})
// CHECK:      [[P:%[0-9]+]] = load ptr,
// CHECK-NEXT: [[N:%[0-9]+]] = load i64,
// CHECK-NEXT: {{%[0-9]+}} = call ptr @__razor_reallocarray(ptr [[P]], i64 [[N]], i64 8, ptr @razor.site{{[.0-9]*}})
// CHECK:      [[P:%[0-9]+]] = load ptr,
// CHECK-NEXT: call void @__razor_free(ptr [[P]], ptr @razor.site{{[.0-9]*}})
// CHECK-NEXT: {{%[0-9]+}} = call ptr @__razor_strdup(ptr {{(getelementptr inbounds \(\[[0-9]+ x i8\], ptr )?}}@.str{{(, i64 0, i64 0\))?}}, ptr @razor.site{{[.0-9]*}})
// CHECK-NEXT: [[N:%[0-9]+]] = load i64,
// CHECK-NEXT: {{%[0-9]+}} = call ptr @__razor_strndup(ptr {{(getelementptr inbounds \(\[[0-9]+ x i8\], ptr )?}}@.str{{(, i64 0, i64 0\))?}}, i64 [[N]], ptr @razor.site{{[.0-9]*}})
// CHECK-NEXT: [[N:%[0-9]+]] = load i64,
// CHECK-NEXT: {{%[0-9]+}} = call ptr @__razor_aligned_alloc(i64 16, i64 [[N]], ptr @razor.site{{[.0-9]*}})
// posix_memalign keeps its int result, which the program still uses.
// CHECK-NEXT: [[O:%[0-9]+]] = load ptr,
// CHECK-NEXT: [[N:%[0-9]+]] = load i64,
// CHECK-NEXT: [[R:%[0-9]+]] = call i32 @__razor_posix_memalign(ptr [[O]], i64 64, i64 [[N]], ptr @razor.site{{[.0-9]*}})
// CHECK-NEXT: store i32 [[R]], ptr
// CHECK-NEXT: [[N:%[0-9]+]] = load i64,
// CHECK-NEXT: {{%[0-9]+}} = call ptr @__razor_memalign(i64 32, i64 [[N]], ptr @razor.site{{[.0-9]*}})
// CHECK-NEXT: [[N:%[0-9]+]] = load i64,
// CHECK-NEXT: {{%[0-9]+}} = call ptr @__razor_valloc(i64 [[N]], ptr @razor.site{{[.0-9]*}})

// The wrappers are declared with the original parameters plus the site.
// CHECK-DAG: declare ptr @__razor_malloc(i64, ptr)
// CHECK-DAG: declare i32 @__razor_posix_memalign(ptr, i64, i64, ptr)
// CHECK-DAG: declare void @__razor_free(ptr, ptr)

// GONE-NOT: call {{.*}}@{{(malloc|calloc|realloc|reallocarray|free|strdup|strndup|aligned_alloc|posix_memalign|memalign|valloc)}}(
