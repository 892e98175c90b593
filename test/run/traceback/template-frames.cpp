// Traceback frames inside templates read as the records name them (SPEC 1: the template as written), not as the instantiation the symbolizer names: the site's own function DynArray<T, N>::EnsureCapacity, a member without a record of its own DynArray<T, N>::Push (its class as its records write it), and a template probe Pool<T>::fill(int) as its header says; at -O0 and -O2, in text and in the JSON (before: DynArray<char, 10>::Push(char const&), DynArray<Block*, 10>::EnsureCapacity(int), Pool<int>::fill(int)).
// RUN: %clangxx_razor -g -O0 -I%S/../cxx/Inputs %s %S/../cxx/Inputs/dynarray-chars.cpp -o %t.o0
// RUN: %clangxx_razor -g -O2 -I%S/../cxx/Inputs %s %S/../cxx/Inputs/dynarray-chars.cpp -o %t.o2
// RUN: env TRACE_TFRAMES=1 %run %t.o0 2>&1 | FileCheck %s --check-prefixes=CHECK,O0
// RUN: env TRACE_TFRAMES=1 %run %t.o2 2>&1 | FileCheck %s
// RUN: env TRACE_TFRAMES=1 %env_razor_opts=format=json %run %t.o0 2>&1 | %jsonl | FileCheck %s --check-prefix=JSON
#include "dynarray.h"
#include <razortrace.h>

struct Block {
  char bytes[120];
};
static DynArray<Block *, 10> blocks;

void grow_blocks(int i) {
  for (int k = 0; k < 40; k++)
    blocks.Push(nullptr);
  (void)i;
}

template <typename T> struct Pool {
  RAZOR_PROBE("TRACE_TFRAMES,traceback") void fill(int i) {
    grow_chars(i);
    grow_blocks(i);
  }
};

int main() {
  Pool<int> pool;
  for (int i = 0; i < 12; i++)
    pool.fill(i);
  return 0;
}
// CHECK-NOT: DynArray<char
// CHECK-NOT: DynArray<Block
// CHECK-NOT: Pool<int>
// CHECK:     razortrace: probe Pool<T>::fill(int) (trigger TRACE_TFRAMES)
// CHECK:     dynarray.h line: 17 column: 14 function: DynArray<T, N>::EnsureCapacity command: T *m = new T[n];
// CHECK:     {{^}}    #0 DynArray<T, N>::EnsureCapacity {{.*}}dynarray.h:17{{$}}
// CHECK-NEXT: {{^}}    #1 DynArray<T, N>::Push {{.*}}dynarray.h:9{{( \(inlined\))?}} command: EnsureCapacity(size_ + 1);{{$}}
// O0-NEXT:   {{^}}    #2 grow_{{blocks|chars}}(int) {{.*}}
// O0-NEXT:   {{^}}    #3 Pool<T>::fill(int) {{.*}}template-frames.cpp:{{23|24}} command: grow_{{blocks|chars}}(i);{{$}}
// CHECK-NOT: DynArray<char
// CHECK-NOT: DynArray<Block
// CHECK-NOT: Pool<int>
// CHECK:     razortrace: SUMMARY
// JSON: probes[0].function = "Pool<T>::fill(int)"
// JSON: probes[0].sites[0].function = "DynArray<T, N>::EnsureCapacity"
// JSON: probes[0].sites[0].stacks[0].traceback[0].function = "DynArray<T, N>::EnsureCapacity"
// JSON: probes[0].sites[0].stacks[0].traceback[1].function = "DynArray<T, N>::Push"
// JSON: probes[0].sites[0].stacks[0].traceback[3].function = "Pool<T>::fill(int)"
// JSON-NOT: DynArray<char
// JSON-NOT: DynArray<Block
// JSON-NOT: Pool<int>
