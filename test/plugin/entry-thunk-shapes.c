// An entry thunk jumps to its function when the call can be a sibling call (scalar parameters in registers, the record included): two instructions, no frame, no unwind entry (its callers here cannot unwind).  With a parameter passed by value in memory the backend calls instead (and with one too many for the registers it may): then the thunk is a frame like any other, with its unwind entry, and its frame pointer where the file keeps them (-O0 here), so stack walks through it reach its caller.
// RUN: %clang -O2 -fplugin=%plugin -S -o - %s | FileCheck %s
// RUN: %clang -O0 -fplugin=%plugin -S -o - %s | FileCheck --check-prefixes=CHECK,O0 %s
struct big {
  char s[64];
  long a;
};
long scalar(long a, const char *p, double d);
struct big by_value(struct big in, long x);
long six(long a, long b, long c, long d, long e, long f);

long use(struct big *b) {
  long r = scalar(1, "x", 2.0);
  *b = by_value(*b, r);
  return r + six(1, 2, 3, 4, 5, 6);
}

// CHECK-LABEL: {{^}}__razor_entry.scalar:
// CHECK-NEXT:  # %bb.0:
// CHECK-NEXT:  movq %rdx, %fs:__razor_callsite@TPOFF
// CHECK-NEXT:  jmp scalar@PLT # TAILCALL
// CHECK-LABEL: {{^}}__razor_entry.by_value:
// CHECK-NEXT:  .cfi_startproc
// O0:          pushq %rbp
// O0:          movq %rsp, %rbp
// CHECK:       callq by_value@PLT
// CHECK:       .cfi_endproc
// The record on the stack: the thunk keeps its unwind entry (the backend
// may still jump).
// CHECK-LABEL: {{^}}__razor_entry.six:
// CHECK-NEXT:  .cfi_startproc
// CHECK:       six@PLT
// CHECK:       .cfi_endproc
