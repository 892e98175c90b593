// A headed block that a realloc makes larger than blocks get headers for (over 128 KiB - 48 bytes, where glibc maps blocks on their own) moves to the pointer table with its bytes: grown by code built without the plugin after the call returned, it keeps its site and counts its new size; grown inside the probe, it is the realloc line's; its usable size is then glibc's for its size, and the figures stay exact.  One grown through 1017..1032 bytes (sizes new blocks get no header for) stays headed and exact too.
// RUN: %clang -c %S/Inputs/plain-ops.c -o %t.ops.o
// RUN: %clang_razor %s %t.ops.o -o %t
// RUN: env TRACE_BIG=1 %env_razor_opts=format=json %run %t 2>%t.err | FileCheck %s --check-prefix=OUT
// RUN: %jsonl < %t.err | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "Inputs/plain-ops.h"

static char *kept[4], *grown[4], *mid[4];

/* min_calls=4: the four calls are judged (the figures are the point, not
 * the verdict). */
RAZOR_PROBE("TRACE_BIG,min_calls=4") void step(int i) {
  kept[i] = malloc(100);
  memset(kept[i], 'a' + i, 100);
  char *g = malloc(200);
  memset(g, 'k' + i, 200);
  grown[i] = realloc(g, 150000);
  mid[i] = realloc(NULL, 1000);
  memset(mid[i], 'm', 1000);
  mid[i] = realloc(mid[i], 1024);
}

/* 1 when P's first N bytes are all C. */
static int all(const char *p, size_t n, char c) {
  for (size_t j = 0; j < n; j++)
    if (p[j] != c)
      return 0;
  return 1;
}

int main(void) {
  int ok = 0;
  for (int i = 0; i < 4; i++) {
    step(i);
    kept[i] = plain_realloc(kept[i], 200000);
    void *ref = plain_malloc(200000), *ref2 = plain_malloc(150000);
    ok += all(kept[i], 100, (char)('a' + i)) &&
          all(grown[i], 200, (char)('k' + i)) && all(mid[i], 1000, 'm') &&
          plain_usable(kept[i]) == plain_usable(ref) &&
          plain_usable(grown[i]) == plain_usable(ref2) &&
          plain_usable(mid[i]) >= 1024;
    memset(kept[i], 0, plain_usable(kept[i]));
    memset(grown[i], 0, plain_usable(grown[i]));
    plain_free(ref);
    plain_free(ref2);
  }
  printf("%d of 4 blocks kept their bytes and have glibc's usable size\n", ok);
  return 0;
}
// OUT: 4 of 4 blocks kept their bytes and have glibc's usable size

// The malloc(100) line: 100 bytes at each call's end, grown to 200000 after
// it, before the next call begins (when the call's sample is taken); the
// last call's after the last sample.
// CHECK:      report 0: probes[0].calls = 4
// CHECK:      report 0: probes[0].sites[{{[0-9]}}].source = "kept[i] = malloc(100);"
// CHECK-NEXT: report 0: probes[0].sites[{{[0-9]}}].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[{{[0-9]}}].total_bytes = 600100
// CHECK-NEXT: report 0: probes[0].sites[{{[0-9]}}].blocks = 4
// CHECK:      report 0: probes[0].sites[{{[0-9]}}].samples = [200000, 400000, 600000, 600100]
// The realloc line: 150000 bytes a call; the malloc(200) it grew counts
// nothing.
// CHECK:      report 0: probes[0].sites[{{[0-9]}}].source = "grown[i] = realloc(g, 150000);"
// CHECK-NEXT: report 0: probes[0].sites[{{[0-9]}}].kind = "realloc"
// CHECK-NEXT: report 0: probes[0].sites[{{[0-9]}}].total_bytes = 600000
// CHECK-NEXT: report 0: probes[0].sites[{{[0-9]}}].blocks = 4
// CHECK:      report 0: probes[0].sites[{{[0-9]}}].samples = [150000, 300000, 450000, 600000]
// The 1024-byte realloc of a headed 1000-byte block: 1024 bytes a call.
// CHECK:      report 0: probes[0].sites[{{[0-9]}}].source = "mid[i] = realloc(mid[i], 1024);"
// CHECK-NEXT: report 0: probes[0].sites[{{[0-9]}}].kind = "realloc"
// CHECK-NEXT: report 0: probes[0].sites[{{[0-9]}}].total_bytes = 4096
// CHECK-NEXT: report 0: probes[0].sites[{{[0-9]}}].blocks = 4
// CHECK:      report 0: probes[0].sites[{{[0-9]}}].samples = [1024, 2048, 3072, 4096]
// CHECK-NOT:  malloc(200)
// CHECK:      jsonl: 1 report(s)
