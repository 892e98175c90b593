// Valgrind's memcheck runs an instrumented program (runtime built from its sources with -gdwarf-4) with no error from the runtime, and razortrace's report is unchanged under it.
// REQUIRES: valgrind
// RUN: rm -rf %t.lib && mkdir -p %t.lib
// RUN: %clang -shared -fPIC -gdwarf-4 -O2 -std=c11 -D_GNU_SOURCE -fno-builtin -fvisibility=hidden -fno-omit-frame-pointer -fexceptions -I%include -I%include/../runtime %include/../runtime/*.c -o %t.lib/librazortrace.so
// RUN: %clang -fplugin=%plugin -I%include -L%t.lib -Wl,-rpath,%t.lib -lrazortrace -gdwarf-4 %S/Inputs/leaky.c -o %t
// RUN: env TRACE_LEAKY=1 timeout 120 valgrind --error-exitcode=99 --leak-check=full %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
// CHECK:      razortrace: probe remember (trigger TRACE_LEAKY) in {{.*}}leaky.c:14 — 20 calls sampled
// CHECK-NEXT: line: 15 column: 20 function: remember command: struct node *n = malloc(sizeof *n);
// CHECK-NEXT: • average kb per call: 0.0625   • total kb: 1.2500   • blocks: 20
// CHECK:      definitely lost: 0 bytes in 0 blocks
// CHECK:      ERROR SUMMARY: 0 errors from 0 contexts
