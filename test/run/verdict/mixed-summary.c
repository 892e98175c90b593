// The last line of a report never reads as a verdict on a probe that had too few calls: a judged probe that kept nothing and a probe with 2 calls give "no growing allocation sites" for the first and "no verdict" for the second; a report with nothing sampled says so.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_MIX=1 %run %t 2>&1 | FileCheck %s
// RUN: %run %t 2>&1 | count 0
#include <razortrace.h>
#include <stdlib.h>

RAZOR_PROBE("TRACE_MIX") void clean(void) { free(malloc(64)); }

static void *kept[2];
RAZOR_PROBE("TRACE_MIX") void rare(int i) { kept[i] = malloc(64); }

int main(void) {
  for (int i = 0; i < 10; i++)
    clean();
  rare(0);
  rare(1);
  return 0;
}
// CHECK:      razortrace: probe rare (trigger TRACE_MIX) {{.*}} — 2 calls sampled — no verdict: 2 call(s), min_calls is 8
// CHECK-NEXT: razortrace: no growing allocation sites (2 probe(s), 12 call(s) sampled); no verdict for 1 probe(s): too few calls
