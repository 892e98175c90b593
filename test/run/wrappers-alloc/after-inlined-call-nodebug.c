// after-inlined-call.c at -O2 without -g: the plugin's own line locations tell the caller's allocations from an inlined wrapper's as -g's do.  LLVM 14-16 take those locations from a second code generator (LocationShadow), the IR carrying none: there the placement cannot tell, and such an allocation is charged to the wrapper call before it (README Known limits).
// UNSUPPORTED: llvm-14, llvm-15, llvm-16
// RUN: %clang_razor -O2 %S/after-inlined-call.c -o %t && env TRACE_D=1 %run %t 2>&1 >/dev/null | FileCheck %S/after-inlined-call.c
