// razor_report writes one report covering every probe, compiled and created, and returns the total number of findings.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_ALL_A=1 TRACE_ALL_B=1 %run %t > %t.out 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *a[8], *b[8], *c[8];

RAZOR_PROBE("TRACE_ALL_A") void first(int i) { a[i] = malloc(10); }
RAZOR_PROBE("TRACE_ALL_B") void second(int i) { b[i] = malloc(20); }

int main(void) {
  razor_probe *p = razor_probe_create("third", "");
  for (int i = 0; i < 8; i++) {
    first(i);
    second(i);
    razor_probe_begin(p);
    c[i] = malloc(30);
    razor_probe_end(p);
  }
  fprintf(stderr, "explicit report:\n");
  int n = razor_report(stderr);
  fprintf(stderr, "end of explicit report\n");
  printf("findings %d\n", n);
  return 0;
}
// CHECK: explicit report:
// CHECK-DAG: razortrace: probe first (trigger TRACE_ALL_A) {{.*}} 8 calls sampled{{$}}
// CHECK-DAG: razortrace: probe second (trigger TRACE_ALL_B) {{.*}} 8 calls sampled{{$}}
// CHECK-DAG: razortrace: probe third (always on) — 8 calls sampled{{$}}
// CHECK: razortrace: SUMMARY: 3 growing site(s) in 3 probe(s), 0.4688 kb retained
// CHECK-NEXT: end of explicit report

// OUT: findings 3
