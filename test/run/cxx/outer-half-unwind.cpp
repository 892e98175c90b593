// An exception thrown in a split function's body unwinds through its outer half written as assembly (test/plugin/outer-half-assembly.c) to a caller built without the plugin, which catches it: the assembly's unwind information is right (without it the program would terminate), with and without frame pointers, and the blocks the body keeps are charged to its own lines.
// RUN: %clangxx -O2 -c %S/Inputs/outer-unwind-plain.cpp -o %t.plain.o
// RUN: %clangxx_razor -O2 -c %s -o %t.o
// RUN: llvm-objdump -h %t.o | FileCheck --check-prefix=ASM %s
// RUN: %clangxx_razor -O2 %t.o %t.plain.o -o %t
// RUN: %run %t | FileCheck --check-prefix=OUT %s
// RUN: env TRACE_UNWIND=1 %run %t 2>%t.err | FileCheck --check-prefix=OUT %s
// RUN: FileCheck --check-prefix=REPORT %s < %t.err
// RUN: %clangxx_razor -O2 -fno-omit-frame-pointer %s %t.plain.o -o %t.fp
// RUN: env TRACE_UNWIND=1 %run %t.fp 2>%t.fp.err | FileCheck --check-prefix=OUT %s
// RUN: FileCheck --check-prefix=REPORT %s < %t.fp.err
#include <cstdio>
#include <cstdlib>
#include <razortrace.h>

int call_and_catch(int n);
static void *kept[64];
static int nkept;

// Split: its call of strtol (the C library's) leaves the thread's callsite
// changed, and throwing calls the C++ library.
int thrower(int n) {
  // REPORT: outer-half-unwind.cpp line: [[# @LINE + 1]] column: 19 function: thrower(int)
  kept[nkept++] = malloc(48);
  if (n % 2)
    throw static_cast<int>(strtol("7", nullptr, 10));
  return n;
}

RAZOR_PROBE("TRACE_UNWIND") int round_trip(int n) { return call_and_catch(n); }

int main() {
  int sum = 0;
  for (int i = 0; i < 10; i++)
    sum += round_trip(i);
  // 0 + 2 + 4 + 6 + 8 = 20, and five times -7
  // OUT: sum -15
  printf("sum %d\n", sum);
  return 0;
}

// ASM: .text._Z7throweri
