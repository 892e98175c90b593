// Inside a sampled probe, realloc(NULL, n), reallocarray (in instrumented and in plain code), realloc to 0, a shrinking realloc, a realloc of the previous call's block and of a block allocated before any tracing each count exactly at the site that made the block the program holds; an overflowing reallocarray fails with ENOMEM as in the plain build, whose output this one prints too.
// RUN: %clang -c %S/Inputs/plain-ops.c -o %t.ops.o
// RUN: %clang_razor %s %t.ops.o -o %t
// RUN: %clang -I%include %s %t.ops.o -o %t.plain
// RUN: %run %t.plain > %t.plain.out
// RUN: env TRACE_IN=1 %env_razor_opts=format=json %run %t > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: diff %t.plain.out %t.out
// RUN: %jsonl < %t.err | FileCheck %s
#define _GNU_SOURCE
#include <errno.h>
#include <razortrace.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "Inputs/plain-ops.h"

#define CALLS 6
static char *from_null[CALLS], *arr[CALLS], *shrunk[CALLS], *fresh[CALLS],
    *moved[CALLS], *plain_null[CALLS], *plain_arr[CALLS], *pre;
static int failures, zero_null, overflow_enomem;

/* debug: every site that retains anything is listed.  min_calls=6: the six
 * calls are judged (the figures are the point, not the verdict). */
RAZOR_PROBE("TRACE_IN,debug,min_calls=6") void work(int i) {
  from_null[i] = realloc(NULL, 40);
  arr[i] = reallocarray(NULL, i + 1, 12);
  char *s = malloc(500);
  memset(s, 's', 500);
  shrunk[i] = realloc(s, 20);
  if (i)
    moved[i - 1] = realloc(fresh[i - 1], 64);
  fresh[i] = malloc(32);
  pre = realloc(pre, 100 * (i + 1));
  plain_null[i] = plain_realloc(NULL, 24);
  plain_arr[i] = plain_reallocarray(NULL, 3, 8);
  char *gone = malloc(80);
  zero_null += realloc(gone, 0) == NULL;
  char *gone_plain = plain_malloc(72);
  zero_null += realloc(gone_plain, 0) == NULL;
  char *gone_too = malloc(56);
  zero_null += plain_realloc(gone_too, 0) == NULL;
  errno = 0;
  if (!reallocarray(NULL, SIZE_MAX / 2, 4) && errno == ENOMEM)
    overflow_enomem++;
  failures += !from_null[i] || !arr[i] || !shrunk[i] || !fresh[i] || !pre ||
              !plain_null[i] || !plain_arr[i] || (i && !moved[i - 1]) ||
              memcmp(shrunk[i], "ssssssssssssssssssss", 20);
}

int main(void) {
  pre = malloc(10); /* before any probe ran: a plain block */
  for (int i = 0; i < CALLS; i++)
    work(i);
  printf("failures %d, realloc to 0 gave NULL %d times, overflow ENOMEM %d times\n",
         failures, zero_null, overflow_enomem);
  return 0;
}
// OUT: failures 0, realloc to 0 gave NULL 18 times, overflow ENOMEM 6 times

// CHECK:      report 0: probes[0].calls = 6
// pre: one block, the last realloc's size (it was not tracked before).
// CHECK:      report 0: probes[0].sites[0].source = "pre = realloc(pre, 100 * (i + 1));"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "realloc"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 600
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 1
// CHECK:      report 0: probes[0].sites[0].samples = [100, 200, 300, 400, 500, 600]
// moved: the previous call's 32 bytes, now 64 here (calls 2 to 6).
// CHECK:      report 0: probes[0].sites[1].source = "moved[i - 1] = realloc(fresh[i - 1], 64);"
// CHECK-NEXT: report 0: probes[0].sites[1].kind = "realloc"
// CHECK-NEXT: report 0: probes[0].sites[1].total_bytes = 320
// CHECK-NEXT: report 0: probes[0].sites[1].blocks = 5
// CHECK:      report 0: probes[0].sites[1].samples = [0, 64, 128, 192, 256, 320]
// arr: 12 * (i + 1) a call.
// CHECK:      report 0: probes[0].sites[2].source = "arr[i] = reallocarray(NULL, i + 1, 12);"
// CHECK-NEXT: report 0: probes[0].sites[2].kind = "reallocarray"
// CHECK-NEXT: report 0: probes[0].sites[2].total_bytes = 252
// CHECK-NEXT: report 0: probes[0].sites[2].blocks = 6
// CHECK:      report 0: probes[0].sites[2].samples = [12, 36, 72, 120, 180, 252]
// from_null: 40 a call.
// CHECK:      report 0: probes[0].sites[3].source = "from_null[i] = realloc(NULL, 40);"
// CHECK-NEXT: report 0: probes[0].sites[3].kind = "realloc"
// CHECK-NEXT: report 0: probes[0].sites[3].total_bytes = 240
// CHECK-NEXT: report 0: probes[0].sites[3].blocks = 6
// CHECK:      report 0: probes[0].sites[3].samples = [40, 80, 120, 160, 200, 240]
// plain code's realloc(NULL, 24) and reallocarray(NULL, 3, 8), at the calls into it.
// CHECK:      report 0: probes[0].sites[4].source = "plain_null[i] = plain_realloc(NULL, 24);"
// CHECK-NEXT: report 0: probes[0].sites[4].kind = "realloc"
// CHECK-NEXT: report 0: probes[0].sites[4].total_bytes = 144
// CHECK-NEXT: report 0: probes[0].sites[4].blocks = 6
// CHECK:      report 0: probes[0].sites[4].samples = [24, 48, 72, 96, 120, 144]
// CHECK:      report 0: probes[0].sites[5].source = "plain_arr[i] = plain_reallocarray(NULL, 3, 8);"
// CHECK-NEXT: report 0: probes[0].sites[5].kind = "realloc"
// CHECK-NEXT: report 0: probes[0].sites[5].total_bytes = 144
// CHECK-NEXT: report 0: probes[0].sites[5].blocks = 6
// CHECK:      report 0: probes[0].sites[5].samples = [24, 48, 72, 96, 120, 144]
// shrunk: 20 a call (the 500-byte block it came from counts no more).
// CHECK:      report 0: probes[0].sites[6].source = "shrunk[i] = realloc(s, 20);"
// CHECK-NEXT: report 0: probes[0].sites[6].kind = "realloc"
// CHECK-NEXT: report 0: probes[0].sites[6].total_bytes = 120
// CHECK-NEXT: report 0: probes[0].sites[6].blocks = 6
// CHECK:      report 0: probes[0].sites[6].samples = [20, 40, 60, 80, 100, 120]
// fresh: only the last call's block is still there.
// CHECK:      report 0: probes[0].sites[7].source = "fresh[i] = malloc(32);"
// CHECK-NEXT: report 0: probes[0].sites[7].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[7].total_bytes = 32
// CHECK-NEXT: report 0: probes[0].sites[7].blocks = 1
// CHECK:      report 0: probes[0].sites[7].samples = [32, 32, 32, 32, 32, 32]
// Nothing else: the blocks realloc'd to 0, the 500-byte ones, the overflow.
// CHECK-NOT:  sites[8]
// CHECK:      jsonl: 1 report(s)
