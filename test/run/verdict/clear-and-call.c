// report=call writes one report per sampled call in text too (SPEC 5), with
// "no growing allocation sites" after a call that kept nothing; a `clear`
// probe judges each call alone and its exit report totals every call (not
// only the last one's); debug marks each site finding or not.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_CALL=1 %env_razor_opts=report=call:min_calls=1 %run %t 2>&1 | FileCheck --check-prefix=CALL %s
// RUN: env TRACE_CLEAR=1 %run %t 2>&1 | FileCheck --check-prefix=CLEAR %s
// RUN: env TRACE_DEBUG=1 %run %t 2>&1 | FileCheck --check-prefix=DEBUG %s
// CALL:      razortrace: no growing allocation sites (1 probe(s), 1 call(s) sampled)
// CALL-NEXT: razortrace: no growing allocation sites (1 probe(s), 2 call(s) sampled)
// CALL-NEXT: razortrace: no growing allocation sites (1 probe(s), 3 call(s) sampled)
// CALL-NEXT: razortrace: no growing allocation sites (1 probe(s), 4 call(s) sampled)
// CALL-NOT:  razortrace
// CLEAR: razortrace: probe cleared (trigger TRACE_CLEAR) in {{.*}} — 4 calls sampled
// CLEAR-NEXT: clear-and-call.c line: {{[0-9]+}} column: {{[0-9]+}} function: cleared command: kept[nk++] = malloc(100);
// CLEAR-NEXT: • average kb per call: 0.1465   • total kb: 0.5859   • blocks: 6
// CLEAR-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.5859 kb retained
// DEBUG: command: kept[nk++] = malloc(100);
// DEBUG-NEXT: • average kb per call: 0.0977   • total kb: 0.7812   • blocks: 8   • finding: yes
// DEBUG: command: scratch = malloc(32);
// DEBUG-NEXT: • average kb per call: 0.0039   • total kb: 0.0312   • blocks: 1   • finding: no
#include <razortrace.h>
#include <stdlib.h>

static void *kept[64];
static int nk;
static void *scratch;

RAZOR_PROBE("TRACE_CALL") void per_call(int i);
RAZOR_PROBE("TRACE_CLEAR,clear") void cleared(int i);
RAZOR_PROBE("TRACE_DEBUG,debug") void debugged(int i);

/* Keeps nothing. */
void per_call(int i) {
  free(malloc(100 + i));
}

/* Keeps 1, 2, 0 and 3 blocks in its four calls: 6 in all. */
void cleared(int i) {
  static const int keep[4] = {1, 2, 0, 3};
  for (int k = 0; k < keep[i]; k++)
    kept[nk++] = malloc(100);
}

/* A leak and a buffer replaced on every call. */
void debugged(int i) {
  kept[nk++] = malloc(100);
  free(scratch);
  scratch = malloc(32);
  (void)i;
}

int main(void) {
  for (int i = 0; i < 4; i++)
    per_call(i);
  for (int i = 0; i < 4; i++)
    cleared(i);
  for (int i = 0; i < 8; i++)
    debugged(i);
  return 0;
}
