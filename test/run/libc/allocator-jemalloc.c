// With jemalloc linked in after the runtime (-ljemalloc), the findings are exact: the leaky probe's site only, frees by plain code seen, no notice about unseen frees, no crash, the same stdout as a plain build.
// REQUIRES: jemalloc
// RUN: %clang_razor %S/Inputs/allocator-program.c -c -o %t.o
// RUN: %clang -c %S/Inputs/plain-free.c -o %t.plain-free.o
// RUN: %clang_razor %t.o %t.plain-free.o -ljemalloc -o %t
// RUN: %clang %S/Inputs/allocator-program.c %S/Inputs/plain-free.c -ljemalloc -o %t.plain
// RUN: ldd %t | FileCheck %s --check-prefix=LDD
// RUN: %run %t.plain > %t.plain.out
// RUN: env TRACE_ALLOC=1 %run %t > %t.out 2> %t.err
// RUN: diff %t.plain.out %t.out
// RUN: FileCheck %s < %t.err
// RUN: env TRACE_ALLOC=1 %env_razor_opts=format=json %run %t 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON

// LDD: libjemalloc.so

// CHECK-NOT: another free()
// CHECK:      razortrace: probe leaky (trigger TRACE_ALLOC) in {{.*}}allocator-program.c:16 — 8 calls sampled
// CHECK-NEXT: {{.*}}allocator-program.c line: 17 column: 17 function: leaky command: kept[nkept] = malloc(100);
// CHECK-NEXT:     • average kb per call: 0.0977   • total kb: 0.7812   • blocks: 8
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.7812 kb retained
// CHECK-NOT:  razortrace

// JSON:      probes[0].function = "leaky"
// JSON:      probes[0].sites[0].line = 17
// JSON-NEXT: probes[0].sites[0].column = 17
// JSON:      probes[0].sites[0].total_bytes = 800
// JSON-NEXT: probes[0].sites[0].blocks = 8
// JSON-NOT:  probes[0].sites[1]
// JSON:      probes[0].verdict = "growing"
// JSON:      probes[1].function = "balanced"
// JSON-NEXT: probes[1].trigger = "TRACE_ALLOC"
// JSON-NEXT: probes[1].file = "{{.*}}allocator-program.c"
// JSON-NEXT: probes[1].line = 26
// JSON-NEXT: probes[1].calls = 8
// JSON-NEXT: probes[1].sites = []
// JSON-NEXT: probes[1].verdict = "clean"
// JSON-NEXT: jsonl: 1 report(s)
