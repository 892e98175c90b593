// Aligned blocks (posix_memalign, aligned_alloc, memalign, valloc, also with an alignment glibc serves with plain malloc, and one from code built without the plugin) made inside a sampled probe side by side with headed ones, freed in any order inside the probe or by plain code after it, or resized by realloc inside the probe or by plain code after it: every pointer is aligned as asked, the program prints what its plain build prints, and the figures are exact.
// RUN: %clang -c %S/Inputs/plain-ops.c -o %t.ops.o
// RUN: %clang_razor %s %t.ops.o -o %t
// RUN: %clang -I%include %s %t.ops.o -o %t.plain
// RUN: %run %t.plain > %t.plain.out
// RUN: env TRACE_ALIGN=1 %env_razor_opts=format=json %run %t > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: diff %t.plain.out %t.out
// RUN: %jsonl < %t.err | FileCheck %s
#define _GNU_SOURCE
#include <malloc.h>
#include <razortrace.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "Inputs/plain-ops.h"

#define CALLS 5
static void *pa[CALLS], *aa[CALLS], *ra[CALLS], *m[CALLS], *a16[CALLS];
static int misaligned, lost;

static void check(const void *p, uintptr_t al) {
  misaligned += !p || (uintptr_t)p % al != 0;
}

/* debug: every site that retains anything is listed.  min_calls=5: the
 * five calls are judged (the figures are the point, not the verdict). */
RAZOR_PROBE("TRACE_ALIGN,debug,min_calls=5") void work(int i) {
  posix_memalign(&pa[i], 64, 100);
  check(pa[i], 64);
  char *x1 = malloc(30);
  aa[i] = aligned_alloc(128, 256);
  check(aa[i], 128);
  void *y1 = aligned_alloc(64, 64);
  check(y1, 64);
  char *x2 = calloc(2, 20);
  void *y2 = memalign(256, 10);
  check(y2, 256);
  void *v = valloc(10);
  check(v, 4096);
  char *ma = memalign(32, 48);
  check(ma, 32);
  memset(ma, 'm', 48);
  ra[i] = realloc(ma, 200);
  lost += memcmp(ra[i], "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm", 48) != 0;
  m[i] = malloc(72);
  a16[i] = aligned_alloc(16, 40);
  check(a16[i], 16);
  void *pm = plain_memalign(512, 24);
  check(pm, 512);
  free(y1);
  free(x1);
  free(pm);
  free(y2);
  free(v);
  free(x2);
}

int main(void) {
  for (int i = 0; i < CALLS; i++) {
    work(i);
    if (i % 2)
      plain_free(aa[i]);
    else
      pa[i] = plain_realloc(pa[i], 300);
  }
  printf("%d misaligned, %d lost contents\n", misaligned, lost);
  return 0;
}
// OUT: 0 misaligned, 0 lost contents

// CHECK:      report 0: probes[0].calls = 5
// ra: the 48 bytes memalign gave, 200 after realloc, a call.
// CHECK:      report 0: probes[0].sites[0].source = "ra[i] = realloc(ma, 200);"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "realloc"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 1000
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 5
// CHECK:      report 0: probes[0].sites[0].samples = [200, 400, 600, 800, 1000]
// pa: 100 a call; the 1st, 3rd and 5th calls' are grown to 300 by plain
// code after them: before the next call begins, so in that call's own sample
// (the 5th's after the last sample, taken when the last call returns).
// CHECK:      report 0: probes[0].sites[1].source = "posix_memalign(&pa[i], 64, 100);"
// CHECK-NEXT: report 0: probes[0].sites[1].kind = "posix_memalign"
// CHECK-NEXT: report 0: probes[0].sites[1].total_bytes = 900
// CHECK-NEXT: report 0: probes[0].sites[1].blocks = 5
// CHECK:      report 0: probes[0].sites[1].samples = [300, 400, 700, 800, 900]
// aa: 256 a call; the 2nd and 4th calls' are freed by plain code before
// the next call begins, so their own samples do not hold them.
// CHECK:      report 0: probes[0].sites[2].source = "aa[i] = aligned_alloc(128, 256);"
// CHECK-NEXT: report 0: probes[0].sites[2].kind = "aligned_alloc"
// CHECK-NEXT: report 0: probes[0].sites[2].total_bytes = 768
// CHECK-NEXT: report 0: probes[0].sites[2].blocks = 3
// CHECK:      report 0: probes[0].sites[2].samples = [256, 256, 512, 512, 768]
// CHECK:      report 0: probes[0].sites[3].source = "m[i] = malloc(72);"
// CHECK-NEXT: report 0: probes[0].sites[3].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[3].total_bytes = 360
// CHECK-NEXT: report 0: probes[0].sites[3].blocks = 5
// CHECK:      report 0: probes[0].sites[3].samples = [72, 144, 216, 288, 360]
// CHECK:      report 0: probes[0].sites[4].source = "a16[i] = aligned_alloc(16, 40);"
// CHECK-NEXT: report 0: probes[0].sites[4].kind = "aligned_alloc"
// CHECK-NEXT: report 0: probes[0].sites[4].total_bytes = 200
// CHECK-NEXT: report 0: probes[0].sites[4].blocks = 5
// CHECK:      report 0: probes[0].sites[4].samples = [40, 80, 120, 160, 200]
// Everything else was freed within its call.
// CHECK-NOT:  sites[5]
// CHECK:      jsonl: 1 report(s)
