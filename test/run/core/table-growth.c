// A million and more live tracked blocks, with blocks released while the table grows: every shard of the pointer table grows while its entries move over a few at a time, and the counts stay exact (the site's blocks and bytes are what the program itself counts as live).
// RUN: %clang_razor -O2 %s -o %t
// RUN: env TRACE_GROW=1 %env_razor_opts=format=json %run %t > %t.out 2> %t.json
// RUN: %jsonl < %t.json >> %t.out
// RUN: FileCheck %s < %t.out
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

#define CALLS 10
#define PER_CALL 400000
static void *blocks[CALLS][PER_CALL];
static long live, live_bytes;

// Each call keeps most of its blocks; every third one releases the block
// made seven before it (within the call: nothing left of it).
RAZOR_PROBE("TRACE_GROW,nostrict") void fill(int c) {
  for (int i = 0; i < PER_CALL; i++) {
    blocks[c][i] = malloc(24 + (size_t)(i % 3) * 8);
    live++;
    live_bytes += 24 + (i % 3) * 8;
    if (i % 3 == 0 && i >= 7 && blocks[c][i - 7]) {
      free(blocks[c][i - 7]);
      blocks[c][i - 7] = NULL;
      live--;
      live_bytes -= 24 + ((i - 7) % 3) * 8;
    }
  }
}

int main(void) {
  for (int c = 0; c < CALLS; c++) {
    // Outside the probe: half of the previous call's blocks go (counted by
    // the sample the next call ends with).
    for (int i = 1; c > 0 && i < PER_CALL; i += 2)
      if (blocks[c - 1][i]) {
        free(blocks[c - 1][i]);
        blocks[c - 1][i] = NULL;
        live--;
        live_bytes -= 24 + (i % 3) * 8;
      }
    fill(c);
  }
  printf("program: live %ld bytes %ld\n", live, live_bytes);
  return 0;
}
// CHECK: program: live [[LIVE:[0-9]+]] bytes [[BYTES:[0-9]+]]
// CHECK: report 0: probes[0].calls = 10
// CHECK: report 0: probes[0].sites[0].total_bytes = [[BYTES]]
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = [[LIVE]]
// CHECK-NOT: probes[0].sites[1]
