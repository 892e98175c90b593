// Every byte malloc_usable_size promises for a block allocated inside a sampled probe (malloc, calloc, realloc, strdup, and malloc, calloc, realloc in code built without the plugin; 0 bytes to mapped sizes) can be written without touching any other block, and freeing them all is fine; the report's figures are exact (requested bytes, not usable ones), and the output is the plain build's.
// RUN: %clang -c %S/Inputs/plain-ops.c -o %t.ops.o
// RUN: %clang_razor %s %t.ops.o -o %t
// RUN: %clang -I%include %s %t.ops.o -o %t.plain
// RUN: %run %t.plain > %t.plain.out
// RUN: env TRACE_FILL=1 %env_razor_opts=format=json %run %t > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: diff %t.plain.out %t.out
// RUN: %jsonl < %t.err | FileCheck %s
#define _GNU_SOURCE
#include <malloc.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "Inputs/plain-ops.h"

#define CALLS 10
#define SCRATCH 12

static unsigned char *kept[3][CALLS];
static unsigned char *later[CALLS][SCRATCH];

/* Fills all of P's usable bytes with the byte of TAG. */
static void fill(unsigned char *p, int tag) {
  memset(p, tag & 0xff, malloc_usable_size(p));
}

/* 1 when all of P's usable bytes still hold the byte of TAG. */
static int intact(const unsigned char *p, int tag) {
  size_t n = malloc_usable_size((void *)p);
  for (size_t i = 0; i < n; i++)
    if (p[i] != (tag & 0xff))
      return 0;
  return 1;
}

/* Keeps three blocks a call (I, 8 * (I + 1) and 24 * I + 1 bytes); makes
 * and fills SCRATCH others, frees half of them here and leaves the rest to
 * plain code after the call. */
RAZOR_PROBE("TRACE_FILL") void work(int i) {
  kept[0][i] = malloc(i);
  kept[1][i] = calloc(i + 1, 8);
  kept[2][i] = plain_malloc(24 * i + 1);
  unsigned char **s = later[i];
  s[0] = malloc(1);
  s[1] = malloc(8);
  s[2] = realloc(NULL, 9);
  s[3] = realloc(malloc(3), 40);
  s[4] = (unsigned char *)strdup("1234567");
  s[5] = calloc(3, 5);
  s[6] = plain_malloc(5);
  s[7] = plain_calloc(1, 17);
  s[8] = plain_realloc(plain_malloc(100), 2);
  s[9] = malloc(1000);
  s[10] = malloc(200000);
  s[11] = plain_realloc(NULL, 0);
  for (int k = 0; k < 3; k++)
    fill(kept[k][i], 3 * i + k);
  for (int k = 0; k < SCRATCH; k++)
    fill(s[k], 100 + k);
  for (int k = 0; k < SCRATCH; k += 2) {
    if (!intact(s[k], 100 + k))
      printf("call %d: block %d overwritten\n", i, k);
    free(s[k]);
  }
}

int main(void) {
  int bad = 0;
  for (int i = 0; i < CALLS; i++) {
    work(i);
    for (int k = 1; k < SCRATCH; k += 2) {
      bad += !intact(later[i][k], 100 + k);
      plain_free(later[i][k]);
    }
  }
  for (int i = 0; i < CALLS; i++)
    for (int k = 0; k < 3; k++)
      bad += !intact(kept[k][i], 3 * i + k);
  printf("%d kept blocks overwritten\n", bad);
  for (int i = 0; i < CALLS; i++)
    for (int k = 0; k < 3; k++)
      (k == 2 ? plain_free : free)(kept[k][i]);
  printf("all freed\n");
  return 0;
}
// OUT:      0 kept blocks overwritten
// OUT-NEXT: all freed

// Samples of kept[0]: 0+1+...+i; kept[1]: 8 * (1+...+(i+1)); kept[2]: the
// plain code's malloc charged to the call into it, (24 * i + 1) summed.
// CHECK:      report 0: probes[0].calls = 10
// CHECK:      report 0: probes[0].sites[0].source = "kept[2][i] = plain_malloc(24 * i + 1);"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 1090
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 10
// CHECK:      report 0: probes[0].sites[0].samples = [1, 26, 75, 148, 245, 366, 511, 680, 873, 1090]
// CHECK:      report 0: probes[0].sites[1].source = "kept[1][i] = calloc(i + 1, 8);"
// CHECK-NEXT: report 0: probes[0].sites[1].kind = "calloc"
// CHECK-NEXT: report 0: probes[0].sites[1].total_bytes = 440
// CHECK-NEXT: report 0: probes[0].sites[1].blocks = 10
// CHECK:      report 0: probes[0].sites[1].samples = [8, 24, 48, 80, 120, 168, 224, 288, 360, 440]
// CHECK:      report 0: probes[0].sites[2].source = "kept[0][i] = malloc(i);"
// CHECK-NEXT: report 0: probes[0].sites[2].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[2].total_bytes = 45
// CHECK-NEXT: report 0: probes[0].sites[2].blocks = 10
// CHECK:      report 0: probes[0].sites[2].samples = [0, 1, 3, 6, 10, 15, 21, 28, 36, 45]
// CHECK-NOT:  sites[3]
// CHECK:      jsonl: 1 report(s)
