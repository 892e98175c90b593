// Memory the runtime found in no tracked block is looked at again once a tracked block is made over it: an arena chunk made before the probe samples has blocks registered in it (no chunk to move: nothing counted twice), is cleared and freed in the first sampled call, and the chunk malloc'd next, while the probe samples, takes its place; blocks registered in that one (and in the chunks of the later calls) make each a pool-chunk, exactly 8 chunks of 4000 bytes, and the kept blocks are the one finding (8 * 64 bytes).
// RUN: %clang_razor -g -O2 %s -o %t
// RUN: env TRACE_REUSE=1 %run %t 2>/dev/null | FileCheck %s --check-prefix=OUT
// RUN: env TRACE_REUSE=1 %env_razor_opts=format=json %run %t 2>&1 >/dev/null | %jsonl | FileCheck %s
// RUN: %clang_razor -g -O0 %s -o %t0
// RUN: env TRACE_REUSE=1 %env_razor_opts=format=json %run %t0 2>&1 >/dev/null | %jsonl | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static char *early; /* a chunk made before any probe samples */
static char *kept[8];
static int reused;

RAZOR_PROBE("TRACE_REUSE,debug") void request(int i) {
  if (i == 0) {
    for (int k = 0; k < 10; k++) /* in no tracked block */
      razor_pool_alloc(&early, early + 64 * k, 64);
    razor_pool_clear(&early);
    free(early);
  }
  char *chunk = malloc(4000);
  reused |= i == 0 && chunk - early >= 0 && chunk - early < 4000;
  razor_pool_alloc(&kept, chunk + 64, 64); /* kept with its chunk */
  kept[i] = chunk;
}
// OUT:        reused 1
// CHECK:      probes[0].sites[0].line = [[# @LINE - 6]]
// CHECK:      probes[0].sites[0].kind = "pool-chunk"
// CHECK-NEXT: probes[0].sites[0].total_bytes = 32000
// CHECK-NEXT: probes[0].sites[0].blocks = 8
// CHECK:      probes[0].sites[0].finding = false
// CHECK:      probes[0].sites[1].line = [[# @LINE - 9]]
// CHECK:      probes[0].sites[1].kind = "pool"
// CHECK-NEXT: probes[0].sites[1].total_bytes = 512
// CHECK-NEXT: probes[0].sites[1].blocks = 8
// CHECK:      probes[0].sites[1].finding = true
// CHECK-NOT:  probes[0].sites[2]

int main(void) {
  early = malloc(4000);
  for (int k = 0; k < 10; k++) /* no probe samples: nothing happens */
    razor_pool_alloc(&early, early + 64 * k, 64);
  for (int i = 0; i < 8; i++)
    request(i);
  printf("reused %d\n", reused);
  fflush(stdout);
  return 0;
}
