// A module that defines its own malloc/free keeps calling them (they are not the library's), and gets no records or constructor.
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
#include <stddef.h>

static char pool[4096];
static size_t used;
void *malloc(size_t n) { void *p = pool + used; used += (n + 15) & ~(size_t)15; return p; }
void free(void *p) { (void)p; }

void *user(void) {
  void *p = malloc(8);
  free(p);
  return malloc(4);
}

// CHECK-NOT: razor_sites
// CHECK-LABEL: define dso_local ptr @user()
// CHECK:         call ptr @malloc(i64 noundef 8)
// CHECK:         call void @free(
// CHECK:         call ptr @malloc(i64 noundef 4)
// CHECK-NOT: @__razor_
// CHECK-NOT: razor.module_ctor
