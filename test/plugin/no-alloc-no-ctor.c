// A module with no allocation call and no probe is left as it was: no records, no section bounds, no constructor; it only gets its functions' entry names (test/plugin/entries.c), so other files' calls of them cost nothing.
// Built from stdin, so that no line names the source file, and with the one
// line that names the directory it ran in (DIFile) left out: where the
// checkout or build lives (a folder named razortrace, say) is not the
// plugin's doing.
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o %t.plugin.ll -x c - < %s
// RUN: grep -v 'DIFile(' %t.plugin.ll | grep -v '^@__razor_entry[.][a-z]* = hidden alias' | FileCheck %s
// RUN: FileCheck --check-prefix=ENTRY %s < %t.plugin.ll
// RUN: %clang -S -emit-llvm -o %t.plain.ll -x c - < %s
// The code is the plain build's, line for line (only metadata differs: the
// plugin asks for line locations).
// RUN: grep -v '^!' %t.plugin.ll | grep -v '^@__razor_entry[.]' | grep -v '^$' > %t.plugin.code
// RUN: grep -v '^!' %t.plain.ll | grep -v '^$' > %t.plain.code
// RUN: diff %t.plain.code %t.plugin.code
// RUN: grep -c '^define' %t.plugin.ll | FileCheck --check-prefix=TWO %s
// TWO: {{^}}2{{$}}
#include <string.h>

__attribute__((annotate("other"))) int add(int a, int b) { return a + b; }
size_t len(const char *s) { return strlen(s); }

// ENTRY: @__razor_entry.add = hidden alias i32 (i32, i32), ptr @add
// ENTRY: @__razor_entry.len = hidden alias i64 (ptr), ptr @len
// CHECK-NOT: razor
// CHECK-NOT: llvm.global_ctors
// CHECK-NOT: llvm.compiler.used
