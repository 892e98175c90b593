// Every allocation function of the table is a site with its own kind: calloc, strndup, aligned_alloc, posix_memalign, memalign, valloc, reallocarray, strdup.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_KINDS=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s
#define _GNU_SOURCE
#include <malloc.h>
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

static void *kept[8][10];
static const char text63[] = "123456789012345678901234567890123456789012345678901234567890123";

// Each site retains 64 bytes a call, so the report lists them in line order.
RAZOR_PROBE("TRACE_KINDS") void every_kind(int i) {
  kept[0][i] = calloc(4, 16);
// CHECK:      probes[0].sites[0].line = [[# @LINE - 1]]
// CHECK:      probes[0].sites[0].kind = "calloc"
// CHECK-NEXT: probes[0].sites[0].total_bytes = 640
// CHECK-NEXT: probes[0].sites[0].blocks = 10
  kept[1][i] = strndup(text63, 100);
// CHECK:      probes[0].sites[1].line = [[# @LINE - 1]]
// CHECK:      probes[0].sites[1].kind = "strndup"
// CHECK-NEXT: probes[0].sites[1].total_bytes = 640
// CHECK-NEXT: probes[0].sites[1].blocks = 10
  kept[2][i] = aligned_alloc(64, 64);
// CHECK:      probes[0].sites[2].line = [[# @LINE - 1]]
// CHECK:      probes[0].sites[2].kind = "aligned_alloc"
// CHECK-NEXT: probes[0].sites[2].total_bytes = 640
// CHECK-NEXT: probes[0].sites[2].blocks = 10
  posix_memalign(&kept[3][i], 32, 64);
// CHECK:      probes[0].sites[3].line = [[# @LINE - 1]]
// CHECK:      probes[0].sites[3].kind = "posix_memalign"
// CHECK-NEXT: probes[0].sites[3].total_bytes = 640
// CHECK-NEXT: probes[0].sites[3].blocks = 10
  kept[4][i] = memalign(16, 64);
// CHECK:      probes[0].sites[4].line = [[# @LINE - 1]]
// CHECK:      probes[0].sites[4].kind = "memalign"
// CHECK-NEXT: probes[0].sites[4].total_bytes = 640
// CHECK-NEXT: probes[0].sites[4].blocks = 10
  kept[5][i] = valloc(64);
// CHECK:      probes[0].sites[5].line = [[# @LINE - 1]]
// CHECK:      probes[0].sites[5].kind = "valloc"
// CHECK-NEXT: probes[0].sites[5].total_bytes = 640
// CHECK-NEXT: probes[0].sites[5].blocks = 10
  kept[6][i] = reallocarray(NULL, 8, 8);
// CHECK:      probes[0].sites[6].line = [[# @LINE - 1]]
// CHECK:      probes[0].sites[6].kind = "reallocarray"
// CHECK-NEXT: probes[0].sites[6].total_bytes = 640
// CHECK-NEXT: probes[0].sites[6].blocks = 10
  kept[7][i] = strdup(text63);
// CHECK:      probes[0].sites[7].line = [[# @LINE - 1]]
// CHECK:      probes[0].sites[7].kind = "strdup"
// CHECK-NEXT: probes[0].sites[7].total_bytes = 640
// CHECK-NEXT: probes[0].sites[7].blocks = 10
// CHECK-NOT:  probes[0].sites[8]
// CHECK:      jsonl: 1 report(s)
}

int main(void) {
  for (int i = 0; i < 10; i++)
    every_kind(i);
  return 0;
}
