// Without `clear` a single sampled call gives no verdict: its leak is not reported, and the probe's header line says so (calls below min_calls).
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_ONCE=1 %run %t 2>&1 | FileCheck %s --implicit-check-not=razortrace:
#include <razortrace.h>
#include <stdlib.h>

static void *kept;

RAZOR_PROBE("TRACE_ONCE") void once(void) { kept = malloc(4096); }

int main(void) {
  once();
#ifdef MANY
  for (int i = 1; i < 8; i++)
    once();
#endif
  return 0;
}
// CHECK:      razortrace: probe once (trigger TRACE_ONCE) in {{.*}}/single-call.c:9 — 1 call sampled — no verdict: 1 call(s), min_calls is 8{{$}}
// CHECK-NEXT: razortrace: no verdict: too few calls (1 probe(s), 1 call(s) sampled)

// The same leak over eight calls (-DMANY) is reported: the silence above is
// the rule, not a probe that tracks nothing.
// RUN: %clang_razor -DMANY %s -o %t.many
// RUN: env TRACE_ONCE=1 %run %t.many 2>&1 | FileCheck %s --check-prefix=MANY
// MANY: razortrace: probe once (trigger TRACE_ONCE) in {{.*}}single-call.c:9 — 8 calls sampled
// MANY-NEXT: {{.*}}single-call.c line: 9 column: 52 function: once command: RAZOR_PROBE("TRACE_ONCE") void once(void) { kept = malloc(4096); }
// MANY-NEXT: • average kb per call: 4.0000   • total kb: 32.0000   • blocks: 8
// MANY-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 32.0000 kb retained
