// A site inside a class template is named after the template as written, whichever instantiation the linker kept and whichever registered first: DynArray<T, N>::EnsureCapacity for the blocks of DynArray<Block *, 10>, in either link order, at -O0 and -O2 (before: DynArray<char, 10>::EnsureCapacity(int) for both, or the other one, by link order).
// RUN: %clangxx_razor -O0 %s %S/Inputs/dynarray-chars.cpp -o %t.ab
// RUN: %clangxx_razor -O0 %S/Inputs/dynarray-chars.cpp %s -o %t.ba
// RUN: %clangxx_razor -O2 %s %S/Inputs/dynarray-chars.cpp -o %t.o2
// RUN: env TRACE_TSITE=1 %run %t.ab 2>&1 | FileCheck %s
// RUN: env TRACE_TSITE=1 %run %t.ba 2>&1 | FileCheck %s
// RUN: env TRACE_TSITE=1 %run %t.o2 2>&1 | FileCheck %s
// A plain instantiated function keeps its own (demangled) name:
// RUN: env TRACE_TSITE=1 %run %t.ab 2>&1 | FileCheck %s --check-prefix=PLAIN
#include "Inputs/dynarray.h"
#include <razortrace.h>

struct Block {
  char bytes[120];
};
static DynArray<Block *, 10> blocks;
static Block *plain_keep[64];

void grow_blocks(int i) {
  for (int k = 0; k < 40; k++)
    blocks.Push(nullptr);
  (void)i;
}

static void keep_block(int i) { plain_keep[i] = new Block(); }

RAZOR_PROBE("TRACE_TSITE") void request(int i) {
  grow_chars(i);
  grow_blocks(i);
  keep_block(i);
}

int main() {
  for (int i = 0; i < 12; i++)
    request(i);
  return 0;
}
// CHECK-NOT: DynArray<char
// CHECK-NOT: DynArray<Block
// CHECK:     dynarray.h line: 17 column: 14 function: DynArray<T, N>::EnsureCapacity command: T *m = new T[n];
// CHECK-NOT: DynArray<char
// CHECK-NOT: DynArray<Block
// CHECK:     SUMMARY: 2 growing site(s)
// PLAIN: template-site-name.cpp line: 25 column: 49 function: keep_block(int) command: static void keep_block(int i) { plain_keep[i] = new Block(); }
