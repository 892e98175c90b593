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
#ifndef NO_EMPTY
  if (++calls == 5) {
    while (cached)
      free(cache[--cached]);
  }
#endif
  cache[cached++] = malloc(64);
}

int main(void) {
  for (int i = 0; i < 20; i++)
    lookup();
  return 0;
}
// CHECK: razortrace: no growing allocation sites (1 probe(s), 20 call(s) sampled)

// The same cache never emptied (-DNO_EMPTY) is reported: what spares the one
// above is the reclaim, not a probe that tracks nothing.
// RUN: %clang_razor -DNO_EMPTY %s -o %t.grow
// RUN: env TRACE_CACHE=1 %run %t.grow 2>&1 | FileCheck %s --check-prefix=GROW
// GROW: razortrace: probe lookup (trigger TRACE_CACHE) in {{.*}}strict-reclaim.c:12 — 20 calls sampled
// GROW-NEXT: {{.*}}strict-reclaim.c line: 19 column: 21 function: lookup command: cache[cached++] = malloc(64);
// GROW-NEXT: • average kb per call: 0.0625   • total kb: 1.2500   • blocks: 20
// GROW-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 1.2500 kb retained
