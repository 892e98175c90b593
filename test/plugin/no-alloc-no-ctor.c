// A module with no allocation call and no probe is left as it was: no records, no section bounds, no constructor.
// Built from stdin, so that no line names the source file, and with the one
// line that names the directory it ran in (DIFile) left out: where the
// checkout or build lives (a folder named razortrace, say) is not the
// plugin's doing.
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o %t.plugin.ll -x c - < %s
// RUN: grep -v 'DIFile(' %t.plugin.ll | FileCheck %s
// RUN: %clang -S -emit-llvm -o %t.plain.ll -x c - < %s
// The code is the plain build's, line for line (only metadata differs: the
// plugin asks for line locations).
// RUN: grep -v '^!' %t.plugin.ll > %t.plugin.code
// RUN: grep -v '^!' %t.plain.ll > %t.plain.code
// RUN: diff %t.plain.code %t.plugin.code
// RUN: grep -c '^define' %t.plugin.ll | FileCheck --check-prefix=TWO %s
// TWO: {{^}}2{{$}}
#include <string.h>

__attribute__((annotate("other"))) int add(int a, int b) { return a + b; }
size_t len(const char *s) { return strlen(s); }

// CHECK-NOT: razor
// CHECK-NOT: llvm.global_ctors
// CHECK-NOT: llvm.compiler.used
