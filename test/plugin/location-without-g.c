// Without -g a site still gets its exact line and column (location tracking only), the same as with -g. (Recognising allocation wrappers by shape is off here, no-auto-alloc: its helpers would charge their callers.)
// RUN: %clang -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - %s | FileCheck %s
// RUN: %clang -g -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - %s | FileCheck %s
// RUN: %clang -O2 -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - %s | FileCheck %s
#include <stdlib.h>

void *twice(size_t n) { void *a = malloc(n); return a ? a : calloc(1, n); }
// CHECK: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-1]], i16 35, i8 0, i8 {{(0|32|64|96)}},
// CHECK: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-2]], i16 61, i8 1, i8 {{(0|32|64|96)}},
