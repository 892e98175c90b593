// Blanks around the trigger and each option are ignored by the annotation as by razor_probe_create (one parser, runtime/razor_spec.c): RAZOR_PROBE("T, traceback") compiles cleanly, means the same probe as "T,traceback" on another declaration, and its descriptor holds the spec without blanks.
// RUN: %clang -fplugin="%plugin" -I"%include" -fsyntax-only -Xclang -verify "%s"
// RUN: %clang -fplugin="%plugin" -I"%include" -S -emit-llvm -o - "%s" | %python %S/../plugin/Inputs/rel-fields.py | FileCheck "%s"
// expected-no-diagnostics
#include <razortrace.h>

RAZOR_PROBE("T, traceback") void spaced(void);
RAZOR_PROBE("T,traceback") void spaced(void) {}
RAZOR_PROBE("\tT_TAB\t,\tclear\t,\tmin_calls = 3\t") void tabbed(void) {}

// CHECK-DAG: @[[S1:razor.str[.0-9]*]] = private unnamed_addr constant [12 x i8] c"T,traceback\00"
// CHECK-DAG: @[[S2:razor.str[.0-9]*]] = private unnamed_addr constant [24 x i8] c"T_TAB,clear,min_calls=3\00"
// CHECK-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} rel @[[S1]], rel @{{[^,]+}}, ptr @spaced, ptr null }, section "razor_probes"
// CHECK-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} rel @[[S2]], rel @{{[^,]+}}, ptr @tabbed, ptr null }, section "razor_probes"
