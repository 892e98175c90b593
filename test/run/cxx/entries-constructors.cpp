// A constructor of another file built with the plugin is called by its complete-object name (C1, an alias of the base-object constructor there): that name's entry name is the constructor itself, so the call goes straight to it (no thunk: the same address), and what it allocates is charged to its own line; with that file built without the plugin, the caller's thunk charges it to the caller's line.
// RUN: %clangxx_razor -O2 %s %S/Inputs/entries-ctor-lib.cpp -o %t.both
// RUN: llvm-nm %t.both | grep -E ' (__razor_entry[.])?_ZN6BufferC[12]Ei$' | FileCheck --check-prefix=SYMS %s
// RUN: env TRACE_CTOR=1 %run %t.both 2>&1 | FileCheck --check-prefix=BOTH %s
// RUN: %clangxx -O2 -c %S/Inputs/entries-ctor-lib.cpp -o %t.plain.o
// RUN: %clangxx_razor -O2 %s %t.plain.o -o %t.plain
// RUN: env TRACE_CTOR=1 %run %t.plain 2>&1 | FileCheck --check-prefix=PLAIN %s
#include <razortrace.h>
#include <vector>

struct Buffer {
  Buffer(int n);
  ~Buffer();
  char *data;
};

static std::vector<Buffer *> kept;

RAZOR_PROBE("TRACE_CTOR") void handle(int i) {
  Buffer *b = new Buffer(100 + i);
  kept.push_back(b);
}

int main() {
  kept.reserve(64);
  for (int i = 0; i < 20; i++)
    handle(i);
  return 0;
}
// SYMS: [[BODY:[0-9a-f]+]] {{[tT]}} _ZN6BufferC1Ei
// SYMS-NEXT: [[BODY]] {{[tT]}} _ZN6BufferC2Ei
// SYMS-NEXT: [[BODY]] {{[tT]}} __razor_entry._ZN6BufferC1Ei
// SYMS-NEXT: [[BODY]] {{[tT]}} __razor_entry._ZN6BufferC2Ei
// BOTH: entries-ctor-lib.cpp line: 7 column: 30 function: Buffer::Buffer(int) command: Buffer::Buffer(int n) : data(new char[n]) {}
// PLAIN: entries-constructors.cpp line: 20 column: 19 function: handle(int) command: Buffer *b = new Buffer(100 + i);
