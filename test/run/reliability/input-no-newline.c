// A source file that does not end with a newline builds, runs and reports its site normally.
// RUN: rm -rf %t.d && %python %S/Inputs/gen_source.py nonewline %t.d/nonl.c
// RUN: %clang_razor %t.d/nonl.c -o %t
// RUN: env TRACE_H=1 timeout 20 %run %t 2>&1 | FileCheck %s
// CHECK:      razortrace: probe step (trigger TRACE_H) in {{.*}}nonl.c:5 — 8 calls sampled{{$}}
// CHECK-NEXT: line: 6 column: 13 function: step command: kept[i] = malloc(16);
// CHECK-NEXT: • average kb per call: 0.0156   • total kb: 0.1250   • blocks: 8
