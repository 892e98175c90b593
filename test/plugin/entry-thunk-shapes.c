// An entry thunk jumps to its function when the call can be a sibling call (scalar parameters in registers, the record included): two instructions, no frame, no unwind entry (its callers here cannot unwind).  With a parameter passed by value in memory the backend calls instead (and with one too many for the registers it may): then the thunk is a frame like any other, with its unwind entry, and its frame pointer where the file keeps them (-O0 here), so stack walks through it reach its caller.
// RUN: %clang -O2 -fplugin=%plugin -S -o - %s | FileCheck %s
// RUN: %clang -O0 -fplugin=%plugin -S -o - %s | FileCheck --check-prefixes=CHECK,O0 %s
// Compiled into an object file, a thunk that jumps is written as the module's assembly instead (the code generator would spend on it as on any function: about 1 M of clang's instructions each): the same write, by the initial-exec model of the variable, and jump, in a comdat section of its own, weak and hidden.  The thunks that are frames stay functions.  Bitcode for a link-time optimizer keeps them all as functions (it joins the units' module assembly, where one thunk would be defined twice).
// RUN: %clang -O2 -fplugin=%plugin -c -o %t.o %s
// RUN: llvm-objdump -d -r --no-show-raw-insn %t.o | FileCheck --check-prefix=OBJ %s
// RUN: llvm-readelf -s --section-groups %t.o | FileCheck --check-prefix=GROUP %s
// RUN: %clang -O2 -flto -fplugin=%plugin -c -o %t.bc %s
// RUN: llvm-dis %t.bc -o - | FileCheck --check-prefix=LTO %s
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

// OBJ-LABEL: <__razor_entry.scalar>:
// OBJ-NEXT:  movq (%rip), %r11
// OBJ-NEXT:  R_X86_64_GOTTPOFF __razor_callsite-0x4
// OBJ-NEXT:  movq %rdx, %fs:(%r11)
// OBJ-NEXT:  jmp
// OBJ-NEXT:  R_X86_64_PLT32 scalar-0x4
// OBJ-LABEL: <__razor_entry.by_value>:
// OBJ:       callq
// GROUP: {{[0-9]+}}: 0000000000000000 16 FUNC WEAK HIDDEN [[#SEC:]] __razor_entry.scalar
// GROUP: COMDAT group section {{.*}} [__razor_entry.scalar] contains
// GROUP-NEXT: [Index] Name
// GROUP-NEXT: [ [[#SEC]]] .text.__razor_entry.scalar
// LTO-NOT: module asm
// LTO: define weak hidden {{.*}} @__razor_entry.scalar(
