// getline growing a buffer the probe allocated (libc's own realloc) and the user then freeing it leaves no false finding.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_GETLINE=1 %run %t 2>&1 >/dev/null | FileCheck %s
#define _GNU_SOURCE
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char text[8192];

RAZOR_PROBE("TRACE_GETLINE") size_t read_all(int call) {
  FILE *f = fmemopen(text, strlen(text), "r");
  /* A new starting size each call, so malloc never hands back the address
   * getline's realloc just released (which would hide a move unseen). */
  size_t cap = 8 + 16 * (size_t)call, total = 0;
  char *line = malloc(cap);
  ssize_t n;
  /* Longer lines every call: getline has to realloc the buffer. */
  for (int i = 0; i <= call && (n = getline(&line, &cap, f)) > 0; i++)
    total += (size_t)n;
#ifndef KEEP
  free(line);
#endif
  fclose(f);
  return total;
}

int main(void) {
  size_t o = 0;
  for (int i = 0; i < 10; i++) {
    memset(text + o, 'x', 100 * (i + 1));
    o += 100 * (i + 1);
    text[o++] = '\n';
  }
  size_t sum = 0;
  for (int i = 0; i < 10; i++)
    sum += read_all(i);
  printf("read %zu bytes\n", sum);
  return 0;
}
// CHECK-NOT: line:
// CHECK: razortrace: no growing allocation sites (1 probe(s), 10 call(s) sampled)
// CHECK-NOT: line:

// The same program without the free (-DKEEP) is reported at the malloc, with
// the sizes getline grew the buffers to: the verdict above is not for want of
// tracking.
// RUN: %clang_razor -DKEEP %s -o %t.keep
// RUN: env TRACE_GETLINE=1 %run %t.keep 2>&1 >/dev/null | FileCheck %s --check-prefix=KEEP
// KEEP: razortrace: probe read_all (trigger TRACE_GETLINE) in {{.*}}getline-realloc.c:12 — 10 calls sampled
// KEEP-NEXT: {{.*}}getline-realloc.c line: 17 column: 16 function: read_all command: char *line = malloc(cap);
// KEEP-NEXT: • average kb per call: 0.6385   • total kb: 6.3848   • blocks: 10
// KEEP-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 6.3848 kb retained
