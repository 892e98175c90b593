// Compilations with no frontend still get the instrumentation: razor-cc
// -save-temps (its steps: source to bitcode with LLVM's passes off, then
// bitcode to assembly) and bitcode given to razor-cc as input (here made
// with the passes off, as for `opt`).  razor-cc loads the plugin's file as
// a pass plugin there too; where the frontend runs, the passes are
// registered once, so the same file given by hand as -fpass-plugin changes
// nothing.
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: %razor_cc -O2 -save-temps %s -o %t/temps
// RUN: ls %t/save-temps-and-bitcode.bc %t/save-temps-and-bitcode.s
// RUN: env TRACE_TEMPS=1 %run %t/temps 2>&1 | FileCheck %s
// RUN: %razor_cc -O0 -c %emit_llvm_native -Xclang -disable-llvm-passes %s -o %t/unit.bc
// RUN: %razor_cc -O2 %t/unit.bc -o %t/from-bitcode
// RUN: env TRACE_TEMPS=1 %run %t/from-bitcode 2>&1 | FileCheck %s
// RUN: %razor_cc -O2 -c %s -o %t/plain-flags.o
// RUN: %razor_cc -O2 -c -fpass-plugin=%plugin %s -o %t/pass-plugin.o
// RUN: cmp %t/plain-flags.o %t/pass-plugin.o
// Untriggered, nothing is printed.
// RUN: %run %t/temps 2>&1 | count 0

// CHECK: razortrace: probe grow (trigger TRACE_TEMPS) in {{.*}}save-temps-and-bitcode.c:[[@LINE+7]] — 12 calls sampled
// CHECK: save-temps-and-bitcode.c line: [[@LINE+7]] column: 15 function: grow
#include <razortrace.h>
#include <stdlib.h>

static void *kept[64];
static int n;
RAZOR_PROBE("TRACE_TEMPS") void grow(void) {
  kept[n++] = malloc(48);
  free(malloc(100));
}

int main(void) {
  for (int i = 0; i < 12; i++)
    grow();
  return kept[0] == 0;
}
