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
  tdestroy(root, free);
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
