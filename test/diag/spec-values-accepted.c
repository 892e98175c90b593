// warmup=N, min_growth=SIZE and min_calls=N are accepted on a probe, blanks around them ignored, and the descriptor's spec spells them canonically: after the flags, sizes in bytes, warmup=0 and min_growth=0 (the defaults) left out; the same values spelled differently on a prototype and the definition are one probe.
// RUN: %clang -fplugin="%plugin" -fsyntax-only -Xclang -verify "%s"
// RUN: %clang -fplugin="%plugin" -S -emit-llvm -o - "%s" | %python %S/../plugin/Inputs/rel-fields.py | FileCheck "%s"
// expected-no-diagnostics

__attribute__((annotate("razor_probe:T, warmup=3 , min_growth=1KiB,min_calls=4"))) void tuned(void) {}
__attribute__((annotate("razor_probe:T_ALL,min_calls = 2,debug,min_growth=2MiB,nostrict,warmup=1"))) void every(void) {}
__attribute__((annotate("razor_probe:T_ZERO,warmup=0,min_growth=0"))) void zero(void) {}

__attribute__((annotate("razor_probe:T_P,min_growth=1KiB,warmup=2"))) void proto(void);
__attribute__((annotate("razor_probe:T_P, warmup=2, min_growth=1024"))) void proto(void) {}

// CHECK-DAG: @[[S1:razor.str[.0-9]*]] = private unnamed_addr constant [39 x i8] c"T,warmup=3,min_growth=1024,min_calls=4\00"
// CHECK-DAG: @[[S2:razor.str[.0-9]*]] = private unnamed_addr constant [61 x i8] c"T_ALL,nostrict,debug,warmup=1,min_growth=2097152,min_calls=2\00"
// CHECK-DAG: @[[S3:razor.str[.0-9]*]] = private unnamed_addr constant [7 x i8] c"T_ZERO\00"
// CHECK-DAG: @[[S4:razor.str[.0-9]*]] = private unnamed_addr constant [29 x i8] c"T_P,warmup=2,min_growth=1024\00"
// CHECK-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} rel @[[S1]], rel @{{[^,]+}}, ptr @tuned, ptr null }, section "razor_probes"
// CHECK-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} rel @[[S2]], rel @{{[^,]+}}, ptr @every, ptr null }, section "razor_probes"
// CHECK-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} rel @[[S3]], rel @{{[^,]+}}, ptr @zero, ptr null }, section "razor_probes"
// CHECK-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} rel @[[S4]], rel @{{[^,]+}}, ptr @proto, ptr null }, section "razor_probes"
