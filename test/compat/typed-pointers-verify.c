// On LLVM 14 (typed pointers) the instrumented C module passes the IR verifier.
// REQUIRES: typed-pointers
// RUN: %clang -fplugin=%plugin -I%include -S %emit_llvm_native -o %t.ll %s
// RUN: opt -passes=verify -disable-output %t.ll
// RUN: FileCheck %s < %t.ll
// RUN: %python %S/../plugin/Inputs/rel-fields.py < %t.ll | FileCheck --check-prefix=REL %s
// RUN: %clang -fplugin=%plugin -I%include -O2 -S %emit_llvm_native -o %t2.ll %s
// RUN: opt -passes=verify -disable-output %t2.ll
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char **kept;
static size_t n;

RAZOR_PROBE("TRACE_V") void keep(const char *s) {
  kept = realloc(kept, (n + 1) * sizeof *kept);
  kept[n++] = strdup(s);
  char *tmp = calloc(4, 1);
  free(tmp);
  printf("%zu\n", n);
}

int main(void) {
  keep("a");
  return 0;
}
// CHECK: @razor.probe = private global { i32, i32, i32, i32, i32, i32, i8*, i8* }
// CHECK: call i32 @__razor_probe_enter(i8* bitcast (
// CHECK: [[P:%[0-9]+]] = load atomic i8*, i8** @__razor_call_realloc unordered, align 8
// CHECK-NEXT: [[F:%[0-9]+]] = bitcast i8* [[P]] to i8* (i8*, i64, i8*)*
// CHECK-NEXT: call i8* [[F]](i8* {{.*}}, i64 {{.*}}, i8* bitcast (
// The records' string and record fields, offsets from their own record with typed pointers too (a site's scope record's as well).
// REL: @[[SCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @{{razor.file[.0-9]*}}, rel @{{[^,]+}} }, align 4
// REL: @razor.site = private constant { i32, i16, i8, i8, i32, i32 } { i32 {{[0-9]+}}, i16 10, i8 2, i8 64, rel @[[SCOPE]], rel @{{[^,]+}} }, section "razor_sites", align 4
// REL: @razor.probe = private global { i32, i32, i32, i32, i32, i32, i8*, i8* } { i32 8, i32 {{[0-9]+}}, rel @{{[^,]+}}, rel @{{[^,]+}}, rel @{{[^,]+}}, rel @{{[^,]+}}, i8* bitcast (void (i8*)* @keep to i8*), i8* null }
