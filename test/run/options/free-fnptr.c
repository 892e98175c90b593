// A block allocated in a probe and freed through a function pointer (void (*f)(void *) = free) is seen as freed.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_FNPTR=1 %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *held;

/* A new, smaller size each call: malloc never hands back an address just
 * freed (which would hide a free that went unseen), and what the probe
 * holds never grows. */
RAZOR_PROBE("TRACE_FNPTR") void churn(int call) {
  void (*volatile release)(void *) = free;
#ifndef KEEP
  release(held); /* the previous call's block */
#endif
  held = malloc(64 * (size_t)(10 - call));
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

// The same program without the free (-DKEEP) is reported at the malloc: the
// verdict above is not for want of tracking.
// RUN: %clang_razor -DKEEP %s -o %t.keep
// RUN: env TRACE_FNPTR=1 %run %t.keep 2>&1 | FileCheck %s --check-prefix=KEEP
// KEEP: razortrace: probe churn (trigger TRACE_FNPTR) in {{.*}}free-fnptr.c:13 — 10 calls sampled
// KEEP-NEXT: {{.*}}free-fnptr.c line: 18 column: 10 function: churn command: held = malloc(64 * (size_t)(10 - call));
// KEEP-NEXT: • average kb per call: 0.3438   • total kb: 3.4375   • blocks: 10
// KEEP-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 3.4375 kb retained
