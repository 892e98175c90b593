// Blocks allocated in a probe and freed by code built without the plugin (a direct free, or free passed as a callback) are seen as freed.
// RUN: %clang_razor %s -c -o %t.o
// RUN: %clang -c %S/Inputs/plain-free.c -o %t.plain.o
// RUN: %clang_razor %t.o %t.plain.o -o %t
// RUN: env TRACE_PLAIN=1 %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

void plain_free(void *p);
void plain_for_each(void **items, int n, void (*fn)(void *));

static void *single;
static void *batch[4];

/* New sizes each call, so malloc never hands back an address just freed
 * (which would hide a free that went unseen). */
RAZOR_PROBE("TRACE_PLAIN") void churn(int call) {
  plain_free(single);
  single = malloc(16 * (size_t)(10 - call));
  plain_for_each(batch, 4, free);
  for (int i = 0; i < 4; i++)
    batch[i] = malloc(400 + 16 * (size_t)(10 - call));
}

int main(void) {
  for (int i = 0; i < 10; i++)
    churn(i);
  printf("done\n");
  return 0;
}
// CHECK-NOT: line:
// CHECK: razortrace: no growing allocation sites (1 probe(s), 10 call(s) sampled)
// CHECK-NOT: line:
