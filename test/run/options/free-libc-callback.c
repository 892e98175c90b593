// Blocks allocated in a probe and freed by libc calling back free (tdestroy) are seen as freed.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_TDESTROY=1 %run %t 2>&1 | FileCheck %s
#define _GNU_SOURCE
#include <razortrace.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *root;

static int cmp(const void *a, const void *b) { return strcmp(a, b); }

/* A new, smaller size each call: malloc never hands back an address just
 * freed (which would hide a free that went unseen), and what the probe
 * holds never grows. */
RAZOR_PROBE("TRACE_TDESTROY") void rebuild(int call) {
#ifndef KEEP
  tdestroy(root, free);
#endif
  root = NULL;
  size_t size = 200 + 16 * (size_t)(10 - call);
  for (int i = 0; i < 5; i++) {
    char *key = malloc(size);
    snprintf(key, size, "key %d", i);
    tsearch(key, &root, cmp);
  }
}

int main(void) {
  for (int i = 0; i < 10; i++)
    rebuild(i);
  printf("done\n");
  return 0;
}
// CHECK-NOT: line:
// CHECK: razortrace: no growing allocation sites (1 probe(s), 10 call(s) sampled)
// CHECK-NOT: line:

// The same program without the tdestroy (-DKEEP) is reported at the keys'
// malloc: the verdict above is not for want of tracking.
// RUN: %clang_razor -DKEEP %s -o %t.keep
// RUN: env TRACE_TDESTROY=1 %run %t.keep 2>&1 | FileCheck %s --check-prefix=KEEP
// KEEP: razortrace: probe rebuild (trigger TRACE_TDESTROY) in {{.*}}free-libc-callback.c:18 — 10 calls sampled
// KEEP-NEXT: {{.*}}free-libc-callback.c line: 25 column: 17 function: rebuild command: char *key = malloc(size);
// KEEP-NEXT: • average kb per call: 1.4062   • total kb: 14.0625   • blocks: 50
// KEEP-NEXT: {{.*}}free-libc-callback.c line: 27 column: 5 function: rebuild command: tsearch(key, &root, cmp);
// KEEP-NEXT: • average kb per call: 0.1172   • total kb: 1.1719   • blocks: 50
// KEEP-NEXT: razortrace: SUMMARY: 2 growing site(s) in 1 probe(s), 15.2344 kb retained
