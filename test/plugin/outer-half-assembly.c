// A function split for its entry name (its body, which other files built with the plugin call by that name, may return with its last call's record in the thread's callsite) keeps under its own name an outer half that gives the value back: compiled into an object file on x86-64 Linux, with every argument in a register and nothing thrown, that half is written as the module's assembly (the code generator spends as much on a function of a few instructions as on any small function: about 1 M of clang's instructions each).  The same work: the variable through the initial-exec model, saved on the stack round a direct call of the body's hidden entry name, written back, 30 bytes; with a frame where the function keeps its frame pointer (a stack walk by frame pointers goes through it: -fno-omit-frame-pointer, a `traceback` probe's file); unwind information either way (for stack walks, debuggers and profilers), and an endbr64 under -fcf-protection.  Arguments on the stack (a seventh integer, a structure by value, a long double) keep the outer half a function of the IR; so do textual assembly and bitcode.
// RUN: %clang -O2 -fplugin=%plugin -c -o %t.o %s
// RUN: llvm-objdump -d -r --no-show-raw-insn %t.o | FileCheck --check-prefix=OBJ %s
// RUN: llvm-readelf -s %t.o | FileCheck --check-prefix=SYM %s
// RUN: llvm-dwarfdump --eh-frame %t.o | FileCheck --check-prefix=CFI %s
// RUN: %clang -O2 -fno-omit-frame-pointer -fplugin=%plugin -c -o %t-fp.o %s
// RUN: llvm-objdump -d -r --no-show-raw-insn %t-fp.o | FileCheck --check-prefix=FP %s
// RUN: llvm-dwarfdump --eh-frame %t-fp.o | FileCheck --check-prefix=FPCFI %s
// RUN: %clang -O2 -fcf-protection=branch -fplugin=%plugin -c -o %t-cet.o %s
// RUN: llvm-objdump -d --no-show-raw-insn %t-cet.o | FileCheck --check-prefix=CET %s
// RUN: %clang -O2 -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck --check-prefix=IR %s
void *foreign(long);
struct big {
  char s[64];
};
long regs(long a, double b, const char *c) {
  return (long)foreign(a) + (long)b + *c;
}
long seven(long a, long b, long c, long d, long e, long f, long g) {
  return (long)foreign(a + g);
}
long by_value(struct big b) { return (long)foreign(b.s[0]); }
long double wide(long double x) { return (long double)(long)foreign((long)x); }

// OBJ:      Disassembly of section .text:
// OBJ:      <seven>:
// OBJ:      <by_value>:
// OBJ:      <wide>:
// OBJ-NOT:  Disassembly of section .text.seven:
// OBJ:      Disassembly of section .text.regs:
// OBJ-EMPTY:
// OBJ-NEXT: <regs>:
// OBJ-NEXT: movq (%rip), %r11
// OBJ-NEXT: R_X86_64_GOTTPOFF __razor_callsite-0x4
// OBJ-NEXT: pushq %fs:(%r11)
// OBJ-NEXT: callq
// OBJ-NEXT: R_X86_64_PLT32 __razor_entry.regs-0x4
// OBJ-NEXT: movq (%rip), %rcx
// OBJ-NEXT: R_X86_64_GOTTPOFF __razor_callsite-0x4
// OBJ-NEXT: popq %r11
// OBJ-NEXT: movq %r11, %fs:(%rcx)
// OBJ-NEXT: retq
// OBJ-NOT:  Disassembly of section .text.{{seven|by_value|wide}}:

// SYM-DAG: 0000000000000000 30 FUNC GLOBAL DEFAULT {{[0-9]+}} regs{{$}}
// SYM-DAG: FUNC GLOBAL HIDDEN {{[0-9]+}} __razor_entry.regs{{$}}
// SYM-DAG: FUNC GLOBAL DEFAULT {{[0-9]+}} seven{{$}}

// The assembly's unwind entries: 30 bytes, the saved value pushed and
// popped round the call; with a frame, 41 bytes, the frame set up and
// taken down.
// CFI:      FDE cie={{[0-9a-f]+}} pc=00000000...0000001e
// CFI:      0x0: CFA=RSP+8: RIP=[CFA-8]
// CFI-NEXT: 0xb: CFA=RSP+16: RIP=[CFA-8]
// CFI-NEXT: 0x19: CFA=RSP+8: RIP=[CFA-8]

// FP:      Disassembly of section .text.regs:
// FP-EMPTY:
// FP-NEXT: <regs>:
// FP-NEXT: pushq %rbp
// FP-NEXT: movq %rsp, %rbp
// FP-NEXT: movq (%rip), %r11
// FP-NEXT: R_X86_64_GOTTPOFF __razor_callsite-0x4
// FP-NEXT: pushq %fs:(%r11)
// FP-NEXT: subq ${{(0x)?}}8, %rsp
// FP-NEXT: callq
// FP-NEXT: R_X86_64_PLT32 __razor_entry.regs-0x4
// FP-NEXT: movq (%rip), %rcx
// FP-NEXT: R_X86_64_GOTTPOFF __razor_callsite-0x4
// FP-NEXT: movq -{{(0x)?}}8(%rbp), %r11
// FP-NEXT: movq %r11, %fs:(%rcx)
// FP-NEXT: leave
// FP-NEXT: retq

// FPCFI:      FDE cie={{[0-9a-f]+}} pc=00000000...00000029
// FPCFI:      0x0: CFA=RSP+8: RIP=[CFA-8]
// FPCFI-NEXT: 0x1: CFA=RSP+16: RBP=[CFA-16], RIP=[CFA-8]
// FPCFI-NEXT: 0x4: CFA=RBP+16: RBP=[CFA-16], RIP=[CFA-8]
// FPCFI-NEXT: 0x28: CFA=RSP+8: RBP=[CFA-16], RIP=[CFA-8]

// CET:      <regs>:
// CET-NEXT: endbr64
// CET-NEXT: movq (%rip), %r11

// IR-NOT: module asm "{{.*}}pushq
// IR:     define {{.*}}i64 @regs(
// IR-NEXT:  load ptr, ptr @__razor_callsite
// IR-NEXT:  call i64 @regs.razor(
// IR-NEXT:  store ptr
