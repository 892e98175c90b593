// A free() in code built without the plugin still releases a probe's block: no finding.
// RUN: %clang -c %S/Inputs/release.c -o %t.release.o
// RUN: %clang_razor %s %t.release.o -o %t
// RUN: env TRACE_MAKE=1 %run %t 2>&1 | FileCheck %s --implicit-check-not=razortrace:
#include <razortrace.h>
#include <stdlib.h>

void release(void *p);

RAZOR_PROBE("TRACE_MAKE") void *make(void) { return malloc(64); }

int main(void) {
  for (int i = 0; i < 20; i++)
#ifndef KEEP
    release(make());
#else
    (void)make();
#endif
  return 0;
}
// CHECK: razortrace: no growing allocation sites (1 probe(s), 20 call(s) sampled)

// The same program without the plain free (-DKEEP) is reported at make's
// malloc: the verdict above is not for want of tracking.
// RUN: %clang_razor -DKEEP %s %t.release.o -o %t.keep
// RUN: env TRACE_MAKE=1 %run %t.keep 2>&1 | FileCheck %s --check-prefix=KEEP
// KEEP: razortrace: probe make (trigger TRACE_MAKE) in {{.*}}freed-uninstrumented.c:10 — 20 calls sampled
// KEEP-NEXT: {{.*}}freed-uninstrumented.c line: 10 column: 53 function: make command: RAZOR_PROBE("TRACE_MAKE") void *make(void) { return malloc(64); }
// KEEP-NEXT: • average kb per call: 0.0625   • total kb: 1.2500   • blocks: 20
// KEEP-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 1.2500 kb retained
