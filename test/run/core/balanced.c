// A probe that frees everything it allocates before returning has no finding, yet its calls are counted.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_BALANCED=1 %run %t 2>&1 | FileCheck %s --implicit-check-not=razortrace:
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

RAZOR_PROBE("TRACE_BALANCED") int work(int i) {
  char *buf = malloc(100 + i);
  char *copy = strdup("scratch");
  int r = buf && copy ? (int)strlen(copy) : 0;
#ifndef KEEP
  free(copy);
  free(buf);
#endif
  return r;
}

int main(void) {
  int sum = 0;
  for (int i = 0; i < 10; i++)
    sum += work(i);
  return sum != 70;
}
// CHECK: razortrace: no growing allocation sites (1 probe(s), 10 call(s) sampled)

// The same program without the frees (-DKEEP) is reported at both sites: the
// verdict above is not for want of tracking.
// RUN: %clang_razor -DKEEP %s -o %t.keep
// RUN: env TRACE_BALANCED=1 %run %t.keep 2>&1 | FileCheck %s --check-prefix=KEEP
// KEEP: razortrace: probe work (trigger TRACE_BALANCED) in {{.*}}balanced.c:8 — 10 calls sampled
// KEEP-NEXT: {{.*}}balanced.c line: 9 column: 15 function: work command: char *buf = malloc(100 + i);
// KEEP-NEXT: • average kb per call: 0.1021   • total kb: 1.0205   • blocks: 10
// KEEP-NEXT: {{.*}}balanced.c line: 10 column: 16 function: work command: char *copy = strdup("scratch");
// KEEP-NEXT: • average kb per call: 0.0078   • total kb: 0.0781   • blocks: 10
// KEEP-NEXT: razortrace: SUMMARY: 2 growing site(s) in 1 probe(s), 1.0986 kb retained
