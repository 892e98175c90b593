// An instrumented library used by a program linked without -lrazortrace:
// the process's malloc and free are libc's, so the runtime says so once, at
// the first sampled call, with the fix (link with -lrazortrace, or
// LD_PRELOAD the runtime), and reports what it can see: the instrumented
// malloc.  With the runtime preloaded, the notice is gone and the malloc
// called through a pointer is seen too.
// RUN: %clang_razor -fPIC -shared %S/Inputs/plain-host-lib.c -o %t.lib.so
// RUN: %clang %S/Inputs/plain-host.c %t.lib.so -Wl,-rpath,%T -o %t
// RUN: env TRACE_LIB=1 %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_LIB=1 LD_PRELOAD=%libdir/librazortrace.so %run %t 2>&1 | FileCheck --check-prefix=PRELOAD %s
// CHECK: razortrace: the process's malloc and free are libc's, not razortrace's (the program was linked without -lrazortrace): allocations and frees outside instrumented code are not seen; link the program with -lrazortrace, or run it with LD_PRELOAD={{.*}}librazortrace.so
// CHECK-NEXT: razortrace: probe lib_request (trigger TRACE_LIB) in {{.*}}plain-host-lib.c:{{[0-9]+}} — 10 calls sampled
// CHECK-NEXT: {{.*}}plain-host-lib.c line: 16 column: 15 function: lib_request command: blocks[n] = malloc(100);
// CHECK-NEXT: • average kb per call: 0.0977   • total kb: 0.9766   • blocks: 10
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.9766 kb retained
// CHECK-NEXT: kept 10
// PRELOAD-NOT: libc's, not razortrace's
// PRELOAD: plain-host-lib.c line: 17 column: 16 function: lib_request command: names[n++] = allocate(24);
// PRELOAD: razortrace: SUMMARY: 2 growing site(s) in 1 probe(s)
