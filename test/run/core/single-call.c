// Without `clear` a single sampled call gives no verdict: its leak is not reported, and the probe's header line says so (calls below min_calls).
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
// CHECK:      razortrace: probe once (trigger TRACE_ONCE) in {{.*}}/single-call.c:9 — 1 call sampled — no verdict: 1 call(s), min_calls is 8{{$}}
// CHECK-NEXT: razortrace: no growing allocation sites (1 probe(s), 1 call(s) sampled)
