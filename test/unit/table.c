// The pointer table (razor_table.c) under growth and deletion: every
// inserted key is found until removed, removal hands back the exact entry,
// a second insert of a key replaces and returns the old entry, file
// descriptor keys live beside addresses, and young (per-thread) entries
// move to the shards at thread exit without loss.
// RUN: %razor_unit %s %razor_static_lib -lpthread -o %t && %t | FileCheck %s
#include <stdio.h>
#include <string.h>

#include "razor_block.h"
#include "razor_registry.h"
#include "razor_table.h"

#define N 200000

static struct razor_block block(uintptr_t ptr, uint64_t size, uint32_t ctx) {
  struct razor_block b = {ptr, size, 0, 0, ctx, (uint32_t)(ptr >> 4)};
  razor_ctx_get(ctx, &b.set, &b.site);
  return b;
}

static uintptr_t addr(unsigned i) { return 0x10000000u + (uintptr_t)i * 48; }

int main(void) {
  uint32_t ctx = razor_ctx_of(3, 7), ctx2 = razor_ctx_of(4, 9);
  printf("ctx %s\n", ctx && ctx2 && ctx != ctx2 ? "ok" : "BAD");
  // CHECK: ctx ok
  struct razor_block old, out;
  unsigned bad = 0;
  for (unsigned i = 0; i < N; i++) {
    struct razor_block b = block(addr(i), i + 1, i & 1 ? ctx : ctx2);
    bad += razor_table_insert(&b, &old, 0) != 0;
  }
  printf("inserted %u, failures %u\n", N, bad);
  // CHECK: inserted 200000, failures 0
  bad = 0;
  for (unsigned i = 0; i < N; i += 2) {
    if (!razor_table_remove(addr(i), &out) || out.ptr != addr(i) ||
        out.size != i + 1 || out.ctx != ctx2 || out.set != 4 || out.site != 9 ||
        (uint16_t)out.serial != (uint16_t)(addr(i) >> 4))
      bad++;
  }
  printf("removed half, wrong %u\n", bad);
  // CHECK: removed half, wrong 0
  unsigned found = 0, gone = 0;
  for (unsigned i = 0; i < N; i++) {
    int c = razor_table_contains(addr(i));
    found += c && (i & 1);
    gone += !c && !(i & 1);
  }
  printf("found %u, gone %u\n", found, gone);
  // CHECK: found 100000, gone 100000
  printf("remove again %d\n", razor_table_remove(addr(0), &out));
  // CHECK: remove again 0
  // A key inserted twice: the old entry comes back.
  struct razor_block b = block(addr(1), 4242, ctx2);
  int r = razor_table_insert(&b, &old, 0);
  printf("replace %d old size %llu\n", r, (unsigned long long)old.size);
  // CHECK: replace 1 old size 2
  // Sizes beyond the entry's 36 bits go to the side table.
  b = block(addr(N + 1), 1ull << 40, ctx);
  r = razor_table_insert(&b, &old, 0);
  razor_table_remove(addr(N + 1), &out);
  printf("big %d size %llu\n", r, (unsigned long long)out.size);
  // CHECK: big 0 size 1099511627776
  // Descriptors are keys of their own.
  b = block((uintptr_t)RAZOR_FD_KEY(5), 1, ctx);
  r = razor_table_insert(&b, &old, 0);
  printf("fd %d contains %d\n", r, razor_table_contains((uintptr_t)RAZOR_FD_KEY(5)));
  // CHECK: fd 0 contains 1
  // No context: not kept.
  b = block(addr(N + 2), 1, 0);
  printf("no context %d\n", razor_table_insert(&b, &old, 0));
  // CHECK: no context -1
  // Young entries (this thread's new blocks), then the thread's end moves
  // them to the shards.
  bad = 0;
  for (unsigned i = 0; i < 5000; i++) {
    b = block(addr(N + 10 + i), 8, ctx);
    bad += razor_table_insert(&b, &old, 1) != 0;
    while (razor_table_stale(&old))
      ;
  }
  razor_table_thread_exit();
  found = 0;
  for (unsigned i = 0; i < 5000; i++)
    found += razor_table_remove(addr(N + 10 + i), &out) && out.size == 8;
  printf("young %u failures %u, found after exit %u\n", 5000u, bad, found);
  // CHECK: young 5000 failures 0, found after exit 5000
  return 0;
}
