// Without `clear` a single sampled call gives no verdict: its leak is not reported.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_ONCE=1 %run %t 2>&1 | FileCheck %s --implicit-check-not=razortrace:
#include <razortrace.h>
#include <stdlib.h>

static void *kept;

RAZOR_PROBE("TRACE_ONCE") void once(void) { kept = malloc(4096); }

int main(void) {
  once();
#ifdef TWICE
  once();
#endif
  return 0;
}
// CHECK: razortrace: no growing allocation sites (1 probe(s), 1 call(s) sampled)

// The same leak over two calls (-DTWICE) is reported: the silence above is
// the rule, not a probe that tracks nothing.
// RUN: %clang_razor -DTWICE %s -o %t.twice
// RUN: env TRACE_ONCE=1 %run %t.twice 2>&1 | FileCheck %s --check-prefix=TWICE
// TWICE: razortrace: probe once (trigger TRACE_ONCE) in {{.*}}single-call.c:9 — 2 calls sampled
// TWICE-NEXT: {{.*}}single-call.c line: 9 column: 52 function: once command: RAZOR_PROBE("TRACE_ONCE") void once(void) { kept = malloc(4096); }
// TWICE-NEXT: • average kb per call: 4.0000   • total kb: 8.0000   • blocks: 2
// TWICE-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 8.0000 kb retained
