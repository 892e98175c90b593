// Under glibc's malloc debugging library (LD_PRELOAD of libc_malloc_debug.so.0 with MALLOC_CHECK_=3, which checks every block it frees), every block the program and the runtime hand out comes from that library's malloc, so nothing is freed by the wrong allocator: no abort with the trigger off or on, the same stdout as a plain build, the leaky probe's site exact, and the notice that frees outside instrumented code are not seen (the library's free takes precedence).
// REQUIRES: malloc-debug
// RUN: %clang_razor %S/Inputs/allocator-program.c -c -o %t.o
// RUN: %clang -c %S/Inputs/plain-free.c -o %t.plain-free.o
// RUN: %clang_razor %t.o %t.plain-free.o -o %t
// RUN: %clang %S/Inputs/allocator-program.c %S/Inputs/plain-free.c -o %t.plain
// RUN: env LD_PRELOAD=%malloc_debug MALLOC_CHECK_=3 %run %t.plain > %t.plain.out
// RUN: env LD_PRELOAD=%malloc_debug MALLOC_CHECK_=3 %run %t > %t.off.out
// RUN: diff %t.plain.out %t.off.out
// RUN: env LD_PRELOAD=%malloc_debug MALLOC_CHECK_=3 TRACE_ALLOC=1 %run %t > %t.out 2> %t.err
// RUN: diff %t.plain.out %t.out
// RUN: FileCheck %s < %t.err

// CHECK:      razortrace: another free() takes precedence over the runtime's; frees outside instrumented code are not seen
// CHECK:      razortrace: probe leaky (trigger TRACE_ALLOC) in {{.*}}allocator-program.c:16 — 8 calls sampled
// CHECK-NEXT: {{.*}}allocator-program.c line: 17 column: 17 function: leaky command: kept[nkept] = malloc(100);
// CHECK-NEXT:     • average kb per call: 0.0977   • total kb: 0.7812   • blocks: 8
