// Of two leaking probes with different triggers, only the one whose trigger is on is sampled and reported.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_A=1 %run %t 2>&1 | FileCheck %s --check-prefix=A --implicit-check-not=probe_b
// RUN: env TRACE_B=1 %run %t 2>&1 | FileCheck %s --check-prefix=B --implicit-check-not=probe_a
#include <razortrace.h>
#include <stdlib.h>

static void *a[20], *b[20];

// A: razortrace: probe probe_a (trigger TRACE_A) in {{.*}}:[[# @LINE + 1]] — 20 calls sampled
RAZOR_PROBE("TRACE_A") void probe_a(int i) { a[i] = malloc(10); }
// A-NEXT: line: [[# @LINE - 1]] column: 53 function: probe_a command:
// A-NEXT: blocks: 20
// A-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s)

// B: razortrace: probe probe_b (trigger TRACE_B) in {{.*}}:[[# @LINE + 1]] — 20 calls sampled
RAZOR_PROBE("TRACE_B") void probe_b(int i) { b[i] = malloc(20); }
// B-NEXT: line: [[# @LINE - 1]] column: 53 function: probe_b command:
// B-NEXT: blocks: 20
// B-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s)

int main(void) {
  for (int i = 0; i < 20; i++) {
    probe_a(i);
    probe_b(i);
  }
  return 0;
}
