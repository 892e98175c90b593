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
#ifndef KEEP
  plain_free(single);
#endif
  single = malloc(16 * (size_t)(10 - call));
#ifndef KEEP
  plain_for_each(batch, 4, free);
#endif
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

// The same program without the plain frees (-DKEEP) is reported at both
// mallocs: the verdict above is not for want of tracking.
// RUN: %clang_razor -DKEEP %s %t.plain.o -o %t.keep
// RUN: env TRACE_PLAIN=1 %run %t.keep 2>&1 | FileCheck %s --check-prefix=KEEP
// KEEP: razortrace: probe churn (trigger TRACE_PLAIN) in {{.*}}free-plain-tu.c:18 — 10 calls sampled
// KEEP-NEXT: {{.*}}free-plain-tu.c line: 27 column: 16 function: churn command: batch[i] = malloc(400 + 16 * (size_t)(10 - call));
// KEEP-NEXT: • average kb per call: 1.9062   • total kb: 19.0625   • blocks: 40
// KEEP-NEXT: {{.*}}free-plain-tu.c line: 22 column: 12 function: churn command: single = malloc(16 * (size_t)(10 - call));
// KEEP-NEXT: • average kb per call: 0.0859   • total kb: 0.8594   • blocks: 10
// KEEP-NEXT: razortrace: SUMMARY: 2 growing site(s) in 1 probe(s), 19.9219 kb retained
