// A program built with -fsanitize=undefined and the plugin runs normally: UBSan reports the program's signed overflow at its line, and razortrace's report is right.
// RUN: %clang_razor -g -fsanitize=undefined %S/Inputs/ub.c -o %t
// RUN: env TRACE_LEAKY=1 timeout 60 %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
// CHECK-DAG: ub.c:13:{{[0-9]+}}: runtime error: signed integer overflow: 2147483647 + 5 cannot be represented in type 'int'
// CHECK-DAG: razortrace: probe step (trigger TRACE_LEAKY) in {{.*}}ub.c:10 — 10 calls sampled
// CHECK-DAG: line: 11 column: 13 function: step command: kept[i] = malloc(32);
// CHECK-DAG: • average kb per call: 0.0312   • total kb: 0.3125   • blocks: 10
