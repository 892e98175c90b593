// A module that defines its own malloc/free is instrumented as a module calling them from another file would be: calls from the program are sites that go through the runtime's call pointers; the replacements' calls of each other (realloc's malloc and free) are the allocator's inside and stay direct.
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
#include <stddef.h>
#include <string.h>

static char pool[4096];
static size_t used;
void *malloc(size_t n) { void *p = pool + used; used += (n + 15) & ~(size_t)15; return p; }
void free(void *p) { (void)p; }
void *realloc(void *p, size_t n) {
  void *q = malloc(n);
  if (p)
    memcpy(q, p, n);
  free(p);
  return q;
}

void *user(void) {
  void *p = malloc(8);
  free(p);
  return malloc(4);
}

// CHECK-LABEL: define dso_local ptr @realloc(
// CHECK:         call ptr @malloc(
// CHECK:         call void @free(
// CHECK-LABEL: define dso_local ptr @user()
// CHECK:         load atomic ptr, ptr @__razor_call_malloc
// CHECK:         load atomic ptr, ptr @__razor_call_free
// CHECK:         load atomic ptr, ptr @__razor_call_malloc
// CHECK-NOT:     call ptr @malloc(
// CHECK:       razor.module_ctor
