// Inside a sampled probe, calloc'd blocks are all zeroes even where freed blocks left other bytes, for small and mapped sizes (instrumented code and plain code); realloc keeps a block's contents through every size class, into glibc's mappings and back, inside the probe, in plain code and outside any probe; the program prints what its plain build prints, and the realloc chain a call keeps counts exactly.
// RUN: %clang -c %S/Inputs/plain-ops.c -o %t.ops.o
// RUN: %clang_razor %s %t.ops.o -o %t
// RUN: %clang -I%include %s %t.ops.o -o %t.plain
// RUN: %run %t.plain > %t.plain.out
// RUN: env TRACE_BYTES=1 %env_razor_opts=format=json %run %t > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: diff %t.plain.out %t.out
// RUN: %jsonl < %t.err | FileCheck %s
#include <razortrace.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "Inputs/plain-ops.h"

#define CALLS 4
static const size_t sizes[] = {1, 8, 24, 25, 40, 100, 1000, 1017, 1040, 5000,
                               140000, 300000, 600000};
#define NSIZES (sizeof sizes / sizeof *sizes)
static int bad_zero, bad_copy;
static char *chains[CALLS];

static int all_zero(const unsigned char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (p[i])
      return 0;
  return 1;
}

/* Fills N bytes of P with a pattern of SEED. */
static void pattern(unsigned char *p, size_t n, unsigned seed) {
  for (size_t i = 0; i < n; i++)
    p[i] = (unsigned char)(seed + i * 7);
}

static int has_pattern(const unsigned char *p, size_t n, unsigned seed) {
  for (size_t i = 0; i < n; i++)
    if (p[i] != (unsigned char)(seed + i * 7))
      return 0;
  return 1;
}

/* Dirties memory of each size, frees it, then callocs that size. */
static void zeroes(int plain) {
  for (size_t k = 0; k < NSIZES; k++) {
    size_t n = sizes[k];
    unsigned char *d = plain ? plain_malloc(n) : malloc(n);
    memset(d, 0xEE, n);
    (plain ? plain_free : free)(d);
    unsigned char *z = plain ? plain_calloc(n, 1) : calloc(1, n);
    bad_zero += !all_zero(z, n);
    (plain ? plain_free : free)(z);
  }
}

/* A block grown and shrunk through every size, its contents checked at
 * each step (the smaller of the two sizes is what must survive). */
static unsigned char *walk(unsigned char *p, size_t from, int plain, unsigned seed) {
  size_t have = from;
  for (size_t k = 0; k < NSIZES; k++) {
    size_t n = sizes[k];
    p = plain ? plain_realloc(p, n) : realloc(p, n);
    bad_copy += !has_pattern(p, have < n ? have : n, seed);
    pattern(p, n, seed);
    have = n;
  }
  for (size_t k = NSIZES; k-- > 0;) {
    size_t n = sizes[k] / 2 + 1;
    p = plain ? plain_realloc(p, n) : realloc(p, n);
    bad_copy += !has_pattern(p, have < n ? have : n, seed);
    pattern(p, n, seed);
    have = n;
  }
  return p; /* sizes[0] / 2 + 1 == 1 byte */
}

/* min_calls=4: the four calls are judged (the figures are the point, not
 * the verdict). */
RAZOR_PROBE("TRACE_BYTES,min_calls=4") void work(int i) {
  zeroes(0);
  zeroes(1);
  unsigned char *p = malloc(16);
  pattern(p, 16, 3 * i);
  p = walk(p, 16, 0, 3 * i);
  p = walk(p, 1, 1, 3 * i);
  chains[i] = realloc(p, 20); /* kept: 20 bytes a call */
  bad_copy += !has_pattern((unsigned char *)chains[i], 1, 3 * i);
}

int main(void) {
  for (int i = 0; i < CALLS; i++) {
    work(i);
    /* outside any probe, by instrumented code and by plain code */
    pattern((unsigned char *)chains[i], 20, 100 + i);
    unsigned char *p = walk((unsigned char *)chains[i], 20, i % 2, 100 + i);
    chains[i] = realloc(p, 20);
    pattern((unsigned char *)chains[i], 20, 200 + i);
  }
  for (int i = 0; i < CALLS; i++)
    bad_copy += !has_pattern((unsigned char *)chains[i], 20, 200 + i);
  printf("%d blocks not zeroed, %d contents lost\n", bad_zero, bad_copy);
  return 0;
}
// OUT: 0 blocks not zeroed, 0 contents lost

// CHECK:      report 0: probes[0].calls = 4
// CHECK:      report 0: probes[0].sites[0].source = "chains[i] = realloc(p, 20); /* kept: 20 bytes a call */"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "realloc"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 80
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 4
// CHECK:      report 0: probes[0].sites[0].samples = [20, 40, 60, 80]
// CHECK-NOT:  sites[1]
// CHECK:      jsonl: 1 report(s)
