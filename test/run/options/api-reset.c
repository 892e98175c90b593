// razor_probe_reset drops a probe's samples: growth before the reset is not judged by the samples after it.
// RUN: %clang_razor %s -o %t
// RUN: %run %t 2>/dev/null | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *keep[8];

int main(void) {
  razor_probe *p = razor_probe_create("resettable", "");
  for (int i = 0; i < 8; i++) {
    razor_probe_begin(p);
    keep[i] = malloc(256);
    razor_probe_end(p);
  }
  printf("before reset: %d\n", razor_probe_report(p, stdout));
  razor_probe_reset(p);
  for (int i = 0; i < 8; i++) {
    razor_probe_begin(p);
    free(malloc(256));
    razor_probe_end(p);
  }
  printf("after reset: %d\n", razor_probe_report(p, stdout));
  return 0;
}
// CHECK: razortrace: probe resettable (always on) — 8 calls sampled{{$}}
// CHECK: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s)
// CHECK-NEXT: before reset: 1
// CHECK-NOT: line:
// CHECK: razortrace: no growing allocation sites (1 probe(s), 8 call(s) sampled)
// CHECK-NEXT: after reset: 0
// CHECK-NOT: razortrace
