// Mappings (mmap, kept in razortrace's pointer table) and headed blocks made side by side in a sampled probe, unmapped or freed in any order inside the probe or after it, count exactly: mappings by their length, blocks by their bytes, and a mapping's address never passes for a block.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_MAP=1 %env_razor_opts=format=json %run %t > %t.out 2> %t.err
// RUN: %jsonl < %t.err > %t.json
// RUN: cat %t.out %t.json | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define CALLS 6
static char *maps[CALLS], *blocks[CALLS];
static size_t page;

/* debug: every site that retains anything is listed.  min_calls=6: the six
 * calls are judged (the figures are the point, not the verdict). */
RAZOR_PROBE("TRACE_MAP,debug,min_calls=6") void work(int i) {
  char *scratch_block = malloc(64);
  maps[i] = mmap(NULL, 3 * page, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  blocks[i] = malloc(100);
  char *scratch_map = mmap(NULL, page, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  memset(maps[i], 1, 3 * page);
  memset(scratch_map, 2, page);
  munmap(scratch_map, page);
  free(scratch_block);
  if (i % 3 == 2) { /* the previous call's mapping and block go here */
    if (maps[i - 1])
      munmap(maps[i - 1], 3 * page);
    maps[i - 1] = NULL;
    free(blocks[i - 1]);
    blocks[i - 1] = NULL;
  }
}

int main(void) {
  page = (size_t)sysconf(_SC_PAGESIZE);
  for (int i = 0; i < CALLS; i++) {
    work(i);
    if (i % 2 == 0) { /* and after the call: a mapping or a block */
      if (i % 4 == 0) {
        munmap(maps[i], 3 * page);
        maps[i] = NULL;
      } else {
        free(blocks[i]);
        blocks[i] = NULL;
      }
    }
  }
  int maps_left = 0, blocks_left = 0;
  for (int i = 0; i < CALLS; i++) {
    maps_left += maps[i] != NULL;
    blocks_left += blocks[i] != NULL;
  }
  printf("%d mappings and %d blocks left, page %zu\n", maps_left, blocks_left, page);
  return 0;
}
// Calls 1..6 (i = 0..5).  Mappings: call 1's unmapped after it, call 2's
// in call 3, call 5's after it; blocks: call 2's freed in call 3, call 3's
// after it, call 5's in call 6.  What main releases after call k is in
// sample k, taken when call k + 1 begins.
// CHECK: 3 mappings and 3 blocks left, page [[#PAGE:]]

// CHECK:      report 0: probes[0].calls = 6
// The mappings, by length (3 pages each).
// CHECK:      report 0: probes[0].sites[0].source = "maps[i] = mmap(NULL, 3 * page, PROT_READ | PROT_WRITE,"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "mmap"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = [[#mul(PAGE,9)]]
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 3
// CHECK:      report 0: probes[0].sites[0].samples = [0, [[#mul(PAGE,3)]], [[#mul(PAGE,3)]], [[#mul(PAGE,6)]], [[#mul(PAGE,6)]], [[#mul(PAGE,9)]]]
// CHECK:      report 0: probes[0].sites[1].source = "blocks[i] = malloc(100);"
// CHECK-NEXT: report 0: probes[0].sites[1].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[1].total_bytes = 300
// CHECK-NEXT: report 0: probes[0].sites[1].blocks = 3
// CHECK:      report 0: probes[0].sites[1].samples = [100, 200, 100, 200, 300, 300]
// CHECK-NOT:  sites[2]
// CHECK:      jsonl: 1 report(s)
