// The stack depot (razor_stack.c): a stack is stored once under one id, an
// id gives back exactly its frames, distinct stacks get distinct ids, the
// empty stack has none, and many stacks stay retrievable as the depot grows.
// RUN: %razor_unit %s %razor_static_lib -lpthread -o %t && %t | FileCheck %s
#include <stdio.h>

#include "razor_stack.h"

int main(void) {
  uintptr_t a[] = {0x401000, 0x401234, 0x402000};
  uintptr_t b[] = {0x401000, 0x401234, 0x402008};
  uint32_t ia = razor_depot_put(a, 3), ia2 = razor_depot_put(a, 3);
  uint32_t ib = razor_depot_put(b, 3), ishort = razor_depot_put(a, 2);
  printf("same %d distinct %d %d empty %u\n", ia && ia == ia2, ib != ia,
         ishort != ia && ishort != ib, razor_depot_put(a, 0));
  // CHECK: same 1 distinct 1 1 empty 0
  uint32_t n;
  const uintptr_t *pcs = razor_depot_get(ia, &n);
  printf("get %u %#lx %#lx %#lx\n", n, (unsigned long)pcs[0],
         (unsigned long)pcs[1], (unsigned long)pcs[2]);
  // CHECK: get 3 0x401000 0x401234 0x402000
  printf("unknown %d\n", razor_depot_get(999999, &n) == NULL && n == 0);
  // CHECK: unknown 1
  static uint32_t ids[100000];
  unsigned bad = 0;
  for (unsigned i = 0; i < 100000; i++) {
    uintptr_t s[2] = {0x500000 + i, 0x600000 + i * 7};
    ids[i] = razor_depot_put(s, 2);
    bad += !ids[i];
  }
  for (unsigned i = 0; i < 100000; i++) {
    uintptr_t s[2] = {0x500000 + i, 0x600000 + i * 7};
    pcs = razor_depot_get(ids[i], &n);
    bad += !pcs || n != 2 || pcs[0] != s[0] || pcs[1] != s[1] ||
           razor_depot_put(s, 2) != ids[i];
  }
  printf("100000 stacks, bad %u, count %lu\n", bad, razor_depot_count());
  // CHECK: 100000 stacks, bad 0, count 100003
  return 0;
}
