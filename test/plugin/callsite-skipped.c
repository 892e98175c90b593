// No callsite record and no __razor_callsite traffic for calls that cannot allocate or are the user's own: read-only functions (strlen, a pure declaration), intrinsics (memcpy), the recognised allocation functions (their own site), and functions defined in the same file.
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
// RUN: %clang -O2 -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
#include <stdlib.h>
#include <string.h>

int checksum(const char *s) __attribute__((pure));
static int twice(int x) { return 2 * x; }
int later(int x);

char *dup_of(const char *s) {
  size_t n = strlen(s);
  char *p = malloc(n + 1);
  memcpy(p, s, n + 1);
  p[0] = (char)(twice(checksum(p)) + later(1));
  free(p);
  return p;
}

int later(int x) { return x + 1; }

// CHECK-NOT: razor.call
// CHECK-NOT: __razor_callsite
// CHECK:     @razor.site{{.*}} = private constant {{.*}} { i32 {{[0-9]+}}, i16 {{[0-9]+}}, i8 0, i8 {{(0|32|64|96)}},
// CHECK-NOT: razor.call
// CHECK-NOT: __razor_callsite
// CHECK:     @razor.site{{.*}} = private constant {{.*}} { i32 {{[0-9]+}}, i16 {{[0-9]+}}, i8 4, i8 {{(0|32|64|96)}},
// CHECK-NOT: razor.call
// CHECK-NOT: __razor_callsite
