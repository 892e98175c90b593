// A `clear` probe called 10^5 times (each call judged alone, so each call is a new epoch of the probe): the runtime's memory stays flat, with reports after every call and with report=none, because the probe sets and contexts of calls whose blocks are all gone are reclaimed; the program's blocks kept by some calls are still reported.
// RUN: %clang_razor -O1 %s -o %t
// RUN: env TRACE_CLEARMEM=1 %env_razor_opts=report=none timeout 120 %run %t | FileCheck %s
// RUN: env TRACE_CLEARMEM=1 timeout 120 %run %t 2>%t.err | FileCheck %s
// RUN: FileCheck %s --check-prefix=REPORTS < %t.err
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "Inputs/rss.h"

#define CALLS 100000

static void *kept[CALLS / 1000];

RAZOR_PROBE("TRACE_CLEARMEM,clear") void handle(int i) {
  char *a = malloc(64), *b = malloc(200);
  void *c = calloc(3, 40);
  memset(a, 1, 64);
  free(b);
  free(c);
  if (i % 1000 == 0)
    kept[i / 1000] = a; /* one call in 1000 keeps its block */
  else
    free(a);
}

int main(void) {
  for (int i = 0; i < CALLS / 10; i++)
    handle(i);
  long warm = rss_kb();
  for (int i = CALLS / 10; i < CALLS; i++)
    handle(i);
  /* Before: about 170 bytes a call, 15 MB over these 9*10^4 calls. */
  rss_flat(warm, CALLS - CALLS / 10, "calls");
  return 0;
}
// CHECK: rss grew by less than 512 KB over 90000 calls
// CHECK-NOT: KB)

// Each call that kept its block, and only those, is reported after it.
// REPORTS-COUNT-100: {{^}}razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.0625 kb retained
// The exit report totals every call (SPEC 5).
// REPORTS:           {{^}}razortrace: probe handle (trigger TRACE_CLEARMEM) {{.*}} 100000 calls sampled
// REPORTS:           {{^}}razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 6.2500 kb retained
// REPORTS-NOT:       SUMMARY
