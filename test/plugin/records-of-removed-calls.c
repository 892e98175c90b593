// A call the optimizer removes takes its record with it (and the record's strings): the records are kept by the code that uses them, not by @llvm.compiler.used, which every GlobalOpt run sorted and rebuilt by name (thousands of them in a C++ test file).
// RUN: %clang -O2 -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
// RUN: %clang -O0 -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck --check-prefix=O0 %s
#include <stdlib.h>

static void *maybe(int n) {
  if (n > 100)
    return malloc(n); // never reached: small() is its only caller
  return 0;
}
void *kept(int n) { return malloc(n + 1); }
void *small(void) { return maybe(4); }

// CHECK-NOT: return malloc(n);
// CHECK:     c"void *kept(int n) { return malloc(n + 1); }\00"
// CHECK-NOT: return malloc(n);
// CHECK-NOT: @llvm.compiler.used
// CHECK:     define {{.*}} @kept(

// Not optimizing, both calls and their records stay.
// O0-DAG: c"return malloc(n); // never reached: small() is its only caller\00"
// O0-DAG: c"void *kept(int n) { return malloc(n + 1); }\00"
