// Chunks the record owner keeps in its table rather than in a header: 1 MiB from malloc (over 128 KiB: glibc maps it) and 1 MiB from mmap (a mapping, sized).  A block registered inside either makes it a pool-chunk, never a finding, its bytes not counted again: the blocks kept are the only finding (kind "malloclike", exact bytes), and the chunks each call allocates and keeps are pool-chunk records with exactly their sizes (without the client calls the chunks were the findings, 2 MiB a call).
// RUN: %clang_razor -g -O0 %s -o %t0
// RUN: %clang_razor -g -O2 %s -o %t2
// RUN: env TRACE_BIG=1 %env_razor_opts=format=json %run %t0 2>&1 >/dev/null | %jsonl | FileCheck %s
// RUN: env TRACE_BIG=1 %env_razor_opts=format=json %run %t2 2>&1 >/dev/null | %jsonl | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#define MIB (1u << 20)

static char *kept[16];

RAZOR_PROBE("TRACE_BIG,debug") void work(int i) {
  char *heap = malloc(MIB);
  char *map = mmap(NULL, MIB, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  /* Blocks far into each chunk: 100 bytes at 900 KiB, 200 at 512 KiB. */
  razor_malloclike(heap + 900 * 1024, 100);
  razor_malloclike(map + 512 * 1024, 200);
  kept[i] = heap + 900 * 1024;
  (void)map;
}
// 8 calls: 8 * 300 bytes of blocks; 8 * 1 MiB of each kind of chunk.
// CHECK:      probes[0].function = "work"
// CHECK:      probes[0].sites[0].line = 16
// CHECK:      probes[0].sites[0].kind = "pool-chunk"
// CHECK-NEXT: probes[0].sites[0].total_bytes = 8388608
// CHECK-NEXT: probes[0].sites[0].blocks = 8
// CHECK:      probes[0].sites[0].finding = false
// CHECK:      probes[0].sites[1].line = 17
// CHECK:      probes[0].sites[1].kind = "pool-chunk"
// CHECK-NEXT: probes[0].sites[1].total_bytes = 8388608
// CHECK-NEXT: probes[0].sites[1].blocks = 8
// CHECK:      probes[0].sites[1].finding = false
// CHECK:      probes[0].sites[2].line = 21
// CHECK:      probes[0].sites[2].kind = "malloclike"
// CHECK-NEXT: probes[0].sites[2].total_bytes = 1600
// CHECK-NEXT: probes[0].sites[2].blocks = 8
// CHECK:      probes[0].sites[2].finding = true
// CHECK:      probes[0].sites[3].line = 20
// CHECK:      probes[0].sites[3].kind = "malloclike"
// CHECK-NEXT: probes[0].sites[3].total_bytes = 800
// CHECK-NEXT: probes[0].sites[3].blocks = 8
// CHECK:      probes[0].sites[3].finding = true
// CHECK-NOT:  probes[0].sites[4]
// CHECK:      probes[0].verdict = "growing"

int main(void) {
  for (int i = 0; i < 8; i++)
    work(i);
  printf("%p\n", (void *)kept[7]);
  return 0;
}
