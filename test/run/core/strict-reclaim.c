// Strict (the default): a cache that grows but was emptied once along the way is not reported, even though it grew overall.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_CACHE=1 %run %t 2>&1 | FileCheck %s --implicit-check-not=razortrace:
#include <razortrace.h>
#include <stdlib.h>

static void *cache[64];
static int cached, calls;

// One 64-byte entry a call; the fifth call empties the cache first.
// Samples 64 128 192 256 64 128 ... 1024: s20 > s10, but memory was reclaimed.
RAZOR_PROBE("TRACE_CACHE") void lookup(void) {
  if (++calls == 5) {
    while (cached)
      free(cache[--cached]);
  }
  cache[cached++] = malloc(64);
}

int main(void) {
  for (int i = 0; i < 20; i++)
    lookup();
  return 0;
}
// CHECK: razortrace: no growing allocation sites (1 probe(s), 20 call(s) sampled)
