// 10^6 live tracked blocks and 5*10^4 sampled calls with a change at every call: the findings are exact, memory stays bounded (RSS printed, checked under 512 MB) and the run with its report takes seconds.
// RUN: %clang_razor -O1 %s -o %t
// RUN: env TRACE_BIG=1 %env_razor_opts=format=json timeout 60 %run %t > %t.out 2>&1
// RUN: FileCheck %s --check-prefix=RSS < %t.out
// RUN: %jsonl < %t.out | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "Inputs/rss.h"

#define BLOCK_CALLS 1000
#define PER_CALL 1000
#define SAMPLE_CALLS 50000

static void *blocks[BLOCK_CALLS][PER_CALL];
static void *grown[SAMPLE_CALLS];

RAZOR_PROBE("TRACE_BIG") void fill(int i) {
  for (int j = 0; j < PER_CALL; j++)
    blocks[i][j] = malloc(16);
}

RAZOR_PROBE("TRACE_BIG") void tick(int i) {
  grown[i] = malloc(1 + i % 7);
}

int main(void) {
  long before = rss_kb();
  for (int i = 0; i < BLOCK_CALLS; i++)
    fill(i);
  for (int i = 0; i < SAMPLE_CALLS; i++)
    tick(i);
  long after = rss_kb();
  /* The program's own blocks: 10^6 x 32 bytes (malloc's chunk) + 5*10^4
   * small ones, about 33 MB; the rest is the tracer's. */
  printf("rss grew by %ld MB: %s\n", (after - before) / 1024,
         after - before < 512 * 1024 ? "bounded" : "TOO MUCH");
  fflush(stdout);
  return 0;
}
// RSS: rss grew by {{[0-9]+}} MB: bounded

// CHECK:      report 0: probes[0].function = "fill"
// CHECK:      report 0: probes[0].calls = 1000
// CHECK:      report 0: probes[0].sites[0].total_bytes = 16000000
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 1000000
// CHECK:      report 0: probes[1].function = "tick"
// CHECK:      report 0: probes[1].calls = 50000
// CHECK:      report 0: probes[1].sites[0].blocks = 50000
// CHECK:      jsonl: 1 report(s)
