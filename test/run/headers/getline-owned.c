// getline growing a buffer the program allocated itself inside a sampled probe keeps the buffer at the program's malloc line with getline's capacity; getline growing a buffer allocated before any probe ran makes it the getline line's from the first growth inside a probe; both keep their site when later grown outside any probe, and freeing counts exactly.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_OWN=1 %env_razor_opts=format=json %run %t > %t.out 2> %t.err
// RUN: %jsonl < %t.err > %t.json
// RUN: cat %t.out %t.json | FileCheck %s
#define _GNU_SOURCE
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *own, *pre;
static size_t own_cap, pre_cap;
static char text[20000];

/* Reads a line of LEN 'x's into *BUF (capacity *CAP) with getline. */
static void read_into(char **buf, size_t *cap, size_t len) {
  memset(text, 'x', len);
  text[len] = '\n';
  FILE *f = fmemopen(text, len + 1, "r");
  if (getline(buf, cap, f) != (ssize_t)len + 1)
    printf("short line\n");
  fclose(f);
}

static const size_t lens[5] = {10, 100, 300, 1000, 3000};

/* debug: every site that retains anything is listed.  min_calls=5: the
 * five calls are judged (the figures are the point, not the verdict). */
RAZOR_PROBE("TRACE_OWN,debug,min_calls=5") void step(int i) {
  if (i == 0) {
    own = malloc(64);
    own_cap = 64;
  }
  read_into(&own, &own_cap, lens[i]);
  read_into(&pre, &pre_cap, lens[i] + 50);
}

int main(void) {
  pre = malloc(64); /* before any probe: untracked */
  pre_cap = 64;
  for (int i = 0; i < 5; i++) {
    step(i);
    printf("after call %d: own %zu pre %zu\n", i + 1, own_cap, pre_cap);
    if (i == 2) { /* grown outside any probe */
      read_into(&own, &own_cap, 2500);
      read_into(&pre, &pre_cap, 2500);
      printf("grown outside: own %zu pre %zu\n", own_cap, pre_cap);
    }
  }
  return 0;
}
// CHECK: after call 1: own [[#O1:]] pre 64
// CHECK: after call 2: own [[#O2:]] pre [[#P2:]]
// CHECK: after call 3: own [[#O3:]] pre [[#P3:]]
// CHECK: grown outside: own [[#O3G:]] pre [[#P3G:]]
// CHECK: after call 4: own [[#O4:]] pre [[#P4:]]
// CHECK: after call 5: own [[#O5:]] pre [[#P5:]]
// Sample 3 is taken when call 4 begins: with the growth outside any probe.
// CHECK:      report 0: probes[0].calls = 5
// CHECK:      report 0: probes[0].sites[0].source = "if (getline(buf, cap, f) != (ssize_t)len + 1)"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "getline"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = [[#P5]]
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 1
// CHECK:      report 0: probes[0].sites[0].samples = [0, [[#P2]], [[#P3G]], [[#P4]], [[#P5]]]
// CHECK:      report 0: probes[0].sites[1].source = "own = malloc(64);"
// CHECK-NEXT: report 0: probes[0].sites[1].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[1].total_bytes = [[#O5]]
// CHECK-NEXT: report 0: probes[0].sites[1].blocks = 1
// CHECK:      report 0: probes[0].sites[1].samples = {{\[}}[[#O1]], [[#O2]], [[#O3G]], [[#O4]], [[#O5]]]
// CHECK-NOT:  sites[2]
// CHECK:      jsonl: 1 report(s)
