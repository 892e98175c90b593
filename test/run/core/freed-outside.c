// Memory the probe returns and another function frees after the call is seen as freed: no finding.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_MAKE=1 %run %t 2>&1 | FileCheck %s --implicit-check-not=razortrace:
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

RAZOR_PROBE("TRACE_MAKE") char *make(void) {
  char *s = malloc(64);
  if (s)
    strcpy(s, "made");
  return s;
}

static size_t consume(char *s) {
  size_t n = strlen(s);
#ifndef KEEP
  free(s);
#endif
  return n;
}

int main(void) {
  size_t total = 0;
  for (int i = 0; i < 20; i++)
    total += consume(make());
  return total != 80;
}
// CHECK: razortrace: no growing allocation sites (1 probe(s), 20 call(s) sampled)

// The same program without consume's free (-DKEEP) is reported at make's
// malloc: the verdict above is not for want of tracking.
// RUN: %clang_razor -DKEEP %s -o %t.keep
// RUN: env TRACE_MAKE=1 %run %t.keep 2>&1 | FileCheck %s --check-prefix=KEEP
// KEEP: razortrace: probe make (trigger TRACE_MAKE) in {{.*}}freed-outside.c:8 — 20 calls sampled
// KEEP-NEXT: {{.*}}freed-outside.c line: 9 column: 13 function: make command: char *s = malloc(64);
// KEEP-NEXT: • average kb per call: 0.0625   • total kb: 1.2500   • blocks: 20
// KEEP-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 1.2500 kb retained
