// The passes count what they did under DEBUG_TYPE razortrace, and -stats prints the counts: clang's -mllvm -stats and opt's -stats, also with an LLVM built without assertions (the plugin then prints them itself, in LLVM's format).
// RUN: %clang -fplugin=%plugin -c -o /dev/null -mllvm -stats %s 2>&1 | FileCheck %s
// RUN: %clang -fplugin=%plugin -Xclang -disable-llvm-passes -S -emit-llvm -o %t.ll %s
// RUN: %opt -load-pass-plugin=%pass_plugin -passes='default<O0>' -stats -disable-output %t.ll 2>&1 | FileCheck %s
// Optimized, the callsite's stores are placed (the entry thunk's store among them, while it is a function of the IR); into an object file, the entry thunk is written as assembly.
// RUN: %clang -O2 -fplugin=%plugin -S -emit-llvm -o /dev/null -mllvm -stats %s 2>&1 | FileCheck --check-prefix=PLACED %s
// RUN: %clang -O2 -fplugin=%plugin -c -o /dev/null -mllvm -stats %s 2>&1 | FileCheck --check-prefix=OBJECT %s
// Without -stats, nothing.
// RUN: %clang -fplugin=%plugin -c -o /dev/null %s 2>&1 | count 0
#include <stdlib.h>
#include <string.h>

int external(int n);

__attribute__((annotate("razor_probe:TRACE_STATS")))
char *keep(int n) {
  char *p = malloc(n);
  free(p);
  external(n);
  return strdup("kept");
}

// CHECK-DAG: {{^ *}}1 razortrace{{ *}} - Probe functions instrumented
// CHECK-DAG: {{^ *}}3 razortrace{{ *}} - Allocation calls given a site record
// CHECK-DAG: {{^ *}}3 razortrace{{ *}} - Site thunks created
// CHECK-DAG: {{^ *}}3 razortrace{{ *}} - Site thunk calls inlined
// CHECK-DAG: {{^ *}}2 razortrace{{ *}} - Wrapper calls made through the runtime's pointer
// CHECK-DAG: {{^ *}}1 razortrace{{ *}} - Wrapper calls put behind an inline test
// CHECK-DAG: {{^ *}}1 razortrace{{ *}} - Calls into foreign code given a callsite record
// CHECK-DAG: {{^ *}}2 razortrace{{ *}} - Stores of the thread's callsite added
// CHECK-NOT: placement

// PLACED-DAG: {{^ *}}1 razortrace{{ *}} - Stores of the thread's callsite replaced by placement
// PLACED-DAG: {{^ *}}{{[0-9]+}} razortrace{{ *}} - Stores of the thread's callsite placement wrote
// PLACED-NOT: module assembly
// OBJECT-DAG: {{^ *}}1 razortrace{{ *}} - Entry thunks written as module assembly
// OBJECT-DAG: {{^ *}}{{[0-9]+}} razortrace{{ *}} - Stores of the thread's callsite placement wrote
