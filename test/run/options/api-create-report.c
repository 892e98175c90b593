// A probe from razor_probe_create samples between begin and end; razor_probe_report writes its report to the given stream and returns the number of findings.
// RUN: %clang_razor %s -o %t
// RUN: %run %t 2>/dev/null | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *keep[10];

int main(void) {
  razor_probe *p = razor_probe_create("loop", "");
  if (!p)
    return 1;
  for (int i = 0; i < 10; i++) {
    razor_probe_begin(p);
    keep[i] = malloc(512);
    free(malloc(4096));
    razor_probe_end(p);
  }
  keep[9] = malloc(512); /* outside the probe: not counted */
  int findings = razor_probe_report(p, stdout);
  printf("findings %d\n", findings);
  return 0;
}
// CHECK: razortrace: probe loop (always on) — 10 calls sampled
// CHECK-NEXT: api-create-report.c line: 16 column: 15 function: main command: keep[i] = malloc(512);
// CHECK-NEXT: average kb per call: 0.5000 {{.*}} total kb: 5.0000 {{.*}} blocks: 10
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 5.0000 kb retained
// CHECK-NEXT: findings 1
