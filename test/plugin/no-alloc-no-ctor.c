// A module with no allocation call and no probe is left as it was: no records, no section bounds, no constructor.
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o %t.plugin.ll %s
// RUN: FileCheck %s < %t.plugin.ll
// RUN: %clang -S -emit-llvm -o %t.plain.ll %s
// RUN: grep -c '^define' %t.plugin.ll | FileCheck --check-prefix=TWO %s
// TWO: {{^}}2{{$}}
#include <string.h>

__attribute__((annotate("other"))) int add(int a, int b) { return a + b; }
size_t len(const char *s) { return strlen(s); }

// CHECK-NOT: razor
// CHECK-NOT: llvm.global_ctors
// CHECK-NOT: llvm.compiler.used
