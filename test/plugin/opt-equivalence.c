// clang with the plugin and -disable-llvm-passes leaves the frontend's facts in the module as metadata (here: the functions generated without locations), and opt with the pass plugin then gives what clang with the plugin gives.
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o %t.clang.ll %s
// RUN: %clang -fplugin=%plugin -Xclang -disable-llvm-passes -S -emit-llvm -o %t.facts.ll %s
// RUN: FileCheck --check-prefix=FACTS %s < %t.facts.ll
// RUN: %opt -load-pass-plugin=%pass_plugin -passes='default<O0>' -S %t.facts.ll -o %t.opt.ll
// RUN: %opt -passes=strip -S %t.clang.ll | %python %S/Inputs/canonical-ir.py > %t.clang.txt
// RUN: %opt -passes=strip -S %t.opt.ll | %python %S/Inputs/canonical-ir.py > %t.opt.txt
// RUN: diff %t.clang.txt %t.opt.txt
// The same at -O2.
// RUN: %clang -O2 -fplugin=%plugin -S -emit-llvm -o %t.clang2.ll %s
// RUN: %clang -O2 -fplugin=%plugin -Xclang -disable-llvm-passes -S -emit-llvm -o %t.facts2.ll %s
// RUN: %opt -load-pass-plugin=%pass_plugin -passes='default<O2>' -S %t.facts2.ll -o %t.opt2.ll
// RUN: %opt -passes=strip -S %t.clang2.ll | %python %S/Inputs/canonical-ir.py > %t.clang2.txt
// RUN: %opt -passes=strip -S %t.opt2.ll | %python %S/Inputs/canonical-ir.py > %t.opt2.txt
// RUN: diff %t.clang2.txt %t.opt2.txt
// The pass takes the facts out: clang's output has none.
// RUN: not grep razortrace %t.clang.ll %t.clang2.ll
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int external(int n);
static int twice(int n) { return 2 * n; }
int quiet(int n) { return twice(n) + 1; }

__attribute__((annotate("razor_probe:TRACE_EQ")))
char *keep(const char *s) {
  char *p = malloc(strlen(s) + 1);
  strcpy(p, s);
  printf("%d\n", external(quiet(3)));
  return p;
}

// FACTS: !razortrace.quiet = !{![[Q1:[0-9]+]], ![[Q2:[0-9]+]]}
// FACTS-DAG: ![[Q1]] = !{ptr @quiet, i32 24}
// FACTS-DAG: ![[Q2]] = !{ptr @twice, i32 23}
