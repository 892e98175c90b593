// Allocations that cannot succeed inside a sampled probe (malloc, calloc overflowing, realloc and reallocarray of a headed block to a size no allocator gives, in instrumented and in plain code, strdup of a huge length never reached) fail as in the plain build (NULL, errno ENOMEM), leave the headed block intact and counted once, and record nothing.
// RUN: %clang -c %S/Inputs/plain-ops.c -o %t.ops.o
// RUN: %clang_razor %s %t.ops.o -o %t
// RUN: %clang -I%include %s %t.ops.o -o %t.plain
// RUN: %run %t.plain > %t.plain.out
// RUN: env TRACE_FAIL=1 %env_razor_opts=format=json %run %t > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: diff %t.plain.out %t.out
// RUN: %jsonl < %t.err | FileCheck %s
#define _GNU_SOURCE
#include <errno.h>
#include <malloc.h>
#include <razortrace.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "Inputs/plain-ops.h"

#define CALLS 4
static char *kept[CALLS];
static int failed_right, failed_wrong;
static volatile size_t huge = SIZE_MAX / 2, quarter = SIZE_MAX / 4;

/* 1 when P is NULL with errno ENOMEM. */
static void expect_enomem(void *p) {
  if (!p && errno == ENOMEM)
    failed_right++;
  else
    failed_wrong++;
  if (p)
    free(p);
}

/* debug: every site that retains anything is listed.  min_calls=4: the
 * four calls are judged (the figures are the point, not the verdict). */
RAZOR_PROBE("TRACE_FAIL,debug,min_calls=4") void work(int i) {
  kept[i] = malloc(100);
  memset(kept[i], 'k', 100);
  errno = 0; expect_enomem(malloc(huge));
  errno = 0; expect_enomem(calloc(quarter, 8));
  errno = 0; expect_enomem(realloc(kept[i], huge));
  errno = 0; expect_enomem(reallocarray(kept[i], quarter, 8));
  errno = 0; expect_enomem(plain_realloc(kept[i], huge));
  errno = 0; expect_enomem(plain_malloc(huge));
  errno = 0; expect_enomem(plain_calloc(huge, 3));
  if (memcmp(kept[i], "kkkkkkkkkk", 10) || malloc_usable_size(kept[i]) < 100)
    failed_wrong++;
}

int main(void) {
  for (int i = 0; i < CALLS; i++)
    work(i);
  /* and outside any probe, on the probe's blocks */
  for (int i = 0; i < CALLS; i++) {
    errno = 0; expect_enomem(realloc(kept[i], huge));
    errno = 0; expect_enomem(plain_realloc(kept[i], huge));
  }
  printf("%d failed with ENOMEM, %d otherwise\n", failed_right, failed_wrong);
  return 0;
}
// OUT: 36 failed with ENOMEM, 0 otherwise

// CHECK:      report 0: probes[0].calls = 4
// CHECK:      report 0: probes[0].sites[0].source = "kept[i] = malloc(100);"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 400
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 4
// CHECK:      report 0: probes[0].sites[0].samples = [100, 200, 300, 400]
// CHECK-NOT:  sites[1]
// CHECK:      jsonl: 1 report(s)
