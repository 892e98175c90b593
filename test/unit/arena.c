// The runtime's arena (razor_mem.c): razor_arena_alloc_line gives each
// object cache lines of its own (64-aligned, its size rounded up to 64), so
// that what one thread writes often (a probe set's state, its pending
// counts) shares no line with what the arena handed out before or after it
// (other threads' objects); razor_arena_alloc stays 16-aligned around it.
// RUN: %razor_unit %s %razor_static_lib -lpthread -o %t && %t | FileCheck %s
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "razor_mem.h"

#define LINE(p) ((uintptr_t)(p) / RAZOR_CACHE_LINE)

int main(void) {
  unsigned misaligned = 0, shared = 0, small_misaligned = 0, overlap = 0;
  for (int i = 0; i < 1000; i++) {
    char *before = razor_arena_alloc(24);
    size_t n = 8 + (size_t)(i % 200);
    char *own = razor_arena_alloc_line(n);
    char *after = razor_arena_alloc(40);
    if (!before || !own || !after)
      return 1;
    memset(own, 0xab, n);
    misaligned += (uintptr_t)own % RAZOR_CACHE_LINE != 0;
    small_misaligned += (uintptr_t)before % 16 != 0 || (uintptr_t)after % 16 != 0;
    // No line of OWN holds any byte of BEFORE or AFTER.
    shared += LINE(before + 23) >= LINE(own) ||
              LINE(after) <= LINE(own + n - 1);
    overlap += before + 24 > own || own + n > after;
  }
  printf("misaligned %u shared %u small misaligned %u overlap %u\n",
         misaligned, shared, small_misaligned, overlap);
  // CHECK: misaligned 0 shared 0 small misaligned 0 overlap 0
  return 0;
}
