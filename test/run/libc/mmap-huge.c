// Mappings of over 2^40 bytes (reserved, never touched) are tracked at their exact length, and unmapping one forgets it: the table keeps such sizes aside.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_HUGE=1 %env_razor_opts=format=json %run %t 2>&1 >%t.out | %jsonl | FileCheck %s
// RUN: FileCheck %s --check-prefix=OUT < %t.out
#include <razortrace.h>
#include <stdio.h>
#include <sys/mman.h>

#define HUGE_LEN ((1ull << 40) + 8192)
static void *kept[3], *last;

// 3 calls keep 1099511635968 bytes each (min_calls=3, min_calls=4 below:
// every call is judged; the sizes are the point, not the verdict).
// CHECK:      probes[0].function = "reserve"
// CHECK:      probes[0].sites[0].kind = "mmap"
// CHECK-NEXT: probes[0].sites[0].total_bytes = 3298534907904
// CHECK-NEXT: probes[0].sites[0].blocks = 3
// CHECK:      probes[0].sites[0].samples = [1099511635968, 2199023271936, 3298534907904]
RAZOR_PROBE("TRACE_HUGE,min_calls=3") void reserve(int i) {
  kept[i] = mmap(NULL, HUGE_LEN, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
}

// Each call unmaps the previous call's mapping: nothing grows.
// CHECK:      probes[1].function = "cycle"
// CHECK-NEXT: probes[1].trigger = "TRACE_HUGE"
// CHECK:      probes[1].calls = 4
// CHECK-NEXT: probes[1].sites = []
// CHECK-NEXT: probes[1].verdict = "clean"
RAZOR_PROBE("TRACE_HUGE,min_calls=4") void cycle(void) {
  void *p = mmap(NULL, HUGE_LEN, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (last)
    munmap(last, HUGE_LEN);
  last = p == MAP_FAILED ? NULL : p;
}

// OUT: mapped
int main(void) {
  for (int i = 0; i < 3; i++)
    reserve(i);
  for (int i = 0; i < 4; i++)
    cycle();
  printf("%s\n", kept[0] != MAP_FAILED && kept[1] != MAP_FAILED && kept[2] != MAP_FAILED && last ? "mapped" : "mmap failed");
  return 0;
}
