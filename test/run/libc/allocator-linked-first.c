// An allocator linked ahead of the runtime (jemalloc before -lrazortrace): razor-cc puts the runtime first, so frees in plain code are still seen and the findings are exact; a hand-made link line that puts jemalloc first gets the one-line notice of SPEC 3 instead of a silent wrong answer.
// REQUIRES: jemalloc
// RUN: %clang -c %S/Inputs/plain-free.c -o %t.plain-free.o
// RUN: %clang %S/Inputs/allocator-program.c %S/Inputs/plain-free.c -ljemalloc -o %t.plain
// RUN: %run %t.plain > %t.plain.out
//
// razor-cc, with jemalloc on the user's part of the line:
// RUN: %razor_cc %S/Inputs/allocator-program.c %t.plain-free.o -ljemalloc -o %t
// RUN: env TRACE_ALLOC=1 %run %t > %t.out 2> %t.err
// RUN: diff %t.plain.out %t.out
// RUN: FileCheck %s < %t.err
//
// By hand, jemalloc first: the notice, once.
// RUN: %clang_razor_static -c %S/Inputs/allocator-program.c -o %t.o
// RUN: %clang %t.o %t.plain-free.o -ljemalloc -L%libdir -Wl,-rpath,%libdir -lrazortrace -o %t.first
// RUN: env TRACE_ALLOC=1 %run %t.first 2>&1 | FileCheck %s --check-prefix=FIRST

// CHECK-NOT: another free()
// CHECK:      razortrace: probe leaky (trigger TRACE_ALLOC) in {{.*}}allocator-program.c:16 — 8 calls sampled
// CHECK-NEXT: {{.*}}allocator-program.c line: 17 column: 17 function: leaky command: kept[nkept] = malloc(100);
// CHECK-NEXT:     • average kb per call: 0.0977   • total kb: 0.7812   • blocks: 8
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.7812 kb retained
// CHECK-NOT:  razortrace

// FIRST: razortrace: another free() takes precedence over the runtime's; frees outside instrumented code are not seen
// FIRST-NOT: another free()
