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
    release(make());
  return 0;
}
// CHECK: razortrace: no growing allocation sites (1 probe(s), 20 call(s) sampled)
