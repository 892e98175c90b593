// A probe that frees everything it allocates before returning has no finding, yet its calls are counted.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_BALANCED=1 %run %t 2>&1 | FileCheck %s --implicit-check-not=razortrace:
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

RAZOR_PROBE("TRACE_BALANCED") int work(int i) {
  char *buf = malloc(100 + i);
  char *copy = strdup("scratch");
  int r = buf && copy ? (int)strlen(copy) : 0;
  free(copy);
  free(buf);
  return r;
}

int main(void) {
  int sum = 0;
  for (int i = 0; i < 10; i++)
    sum += work(i);
  return sum != 70;
}
// CHECK: razortrace: no growing allocation sites (1 probe(s), 10 call(s) sampled)
