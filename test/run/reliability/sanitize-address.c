// A program built with -fsanitize=address and the plugin runs normally with razortrace's report right, and ASan still catches a heap-buffer-overflow on a block allocated through razortrace's hook, naming the user's line.
// RUN: %clang_razor -g -fsanitize=address %S/Inputs/leaky.c -o %t
// RUN: env TRACE_LEAKY=1 timeout 60 %run %t > %t.out 2>&1
// RUN: FileCheck %s --check-prefix=CLEAN < %t.out
// RUN: %clang_razor -g -fsanitize=address %S/Inputs/overflow.c -o %t.overflow
// RUN: env TRACE_LEAKY=1 timeout 60 not %run %t.overflow > %t.overflow.out 2>&1
// RUN: FileCheck %s --check-prefix=OVERFLOW < %t.overflow.out
// CLEAN-NOT:  AddressSanitizer
// CLEAN:      razortrace: probe remember (trigger TRACE_LEAKY) in {{.*}}leaky.c:14 — 20 calls sampled
// CLEAN-NEXT: line: 15 column: 20 function: remember command: struct node *n = malloc(sizeof *n);
// CLEAN-NEXT: • average kb per call: 0.0625   • total kb: 1.2500   • blocks: 20
// CLEAN-NOT:  AddressSanitizer
// CLEAN:      list head: entry 19
// CLEAN-NOT:  AddressSanitizer

// OVERFLOW:      ERROR: AddressSanitizer: heap-buffer-overflow
// OVERFLOW-NEXT: WRITE of size 1
// OVERFLOW-NEXT: #0 {{.*}} in overflow {{.*}}overflow.c:8
// ASan before LLVM 16 says "to the right of" where later ones say "after".
// OVERFLOW:      0 bytes {{after|to the right of}} 16-byte region
// OVERFLOW:      allocated by thread T0 here:
// OVERFLOW:      in overflow {{.*}}overflow.c:7
