// Without `clear` a single sampled call gives no verdict: its leak is not reported.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_ONCE=1 %run %t 2>&1 | FileCheck %s --implicit-check-not=razortrace:
#include <razortrace.h>
#include <stdlib.h>

static void *kept;

RAZOR_PROBE("TRACE_ONCE") void once(void) { kept = malloc(4096); }

int main(void) {
  once();
  return 0;
}
// CHECK: razortrace: no growing allocation sites (1 probe(s), 1 call(s) sampled)
