// Without -g the plugin adds no .debug_* sections to the object (it only tracks locations); with -g they are there as usual.
// RUN: %clang -fplugin=%plugin -c %s -o %t.o
// RUN: llvm-readelf -S %t.o | FileCheck --check-prefix=NODEBUG %s
// RUN: %clang -g -fplugin=%plugin -c %s -o %t.g.o
// RUN: llvm-readelf -S %t.g.o | FileCheck --check-prefix=DEBUG %s
#include <stdlib.h>

__attribute__((annotate("razor_probe:TRACE_D")))
void *grow(size_t n) { return malloc(n); }

// NODEBUG-NOT: .debug
// NODEBUG:     razor_sites
// NODEBUG:     razor_probes
// NODEBUG-NOT: .debug

// DEBUG-DAG: razor_sites
// DEBUG-DAG: .debug_info
// DEBUG-DAG: .debug_line
