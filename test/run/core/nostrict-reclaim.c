// `nostrict` reports a site that reclaimed memory once but still grew overall, marked reclaimed.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_CACHE=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

static void *cache[64];
static int cached, calls;

// One 64-byte entry a call; the fifth call empties the cache first.
// Samples 64 128 192 256 64 128 ... 1024: s20 > s10, but memory was reclaimed.
// CHECK:      report 0: probes[0].calls = 20
// CHECK-NEXT: report 0: probes[0].sites[0].file = "{{.*}}/nostrict-reclaim.c"
RAZOR_PROBE("TRACE_CACHE,nostrict") void lookup(void) {
  if (++calls == 5) {
    while (cached)
      free(cache[--cached]);
  }
  cache[cached++] = malloc(64);
// CHECK-NEXT: report 0: probes[0].sites[0].line = [[# @LINE - 1]]
}

int main(void) {
  for (int i = 0; i < 20; i++)
    lookup();
  return 0;
}
// CHECK-NEXT: report 0: probes[0].sites[0].column = 21
// CHECK:      report 0: probes[0].sites[0].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 1024
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 16
// CHECK-NEXT: report 0: probes[0].sites[0].average_bytes = 51.2
// CHECK-NEXT: report 0: probes[0].sites[0].reclaimed = true
// CHECK-NEXT: report 0: probes[0].sites[0].samples = [64, 128, 192, 256, 64, 128, 192, 256, 320, 384, 448, 512, 576, 640, 704, 768, 832, 896, 960, 1024]
// CHECK:      report 0: probes[0].verdict = "growing"
// CHECK-NEXT: jsonl: 1 report(s)
