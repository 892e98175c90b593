// Memory the probe returns and another function frees after the call is seen as freed: no finding.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_MAKE=1 %run %t 2>&1 | FileCheck %s --implicit-check-not=razortrace:
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

RAZOR_PROBE("TRACE_MAKE") char *make(void) {
  char *s = malloc(64);
  if (s)
    strcpy(s, "made");
  return s;
}

static size_t consume(char *s) {
  size_t n = strlen(s);
  free(s);
  return n;
}

int main(void) {
  size_t total = 0;
  for (int i = 0; i < 20; i++)
    total += consume(make());
  return total != 80;
}
// CHECK: razortrace: no growing allocation sites (1 probe(s), 20 call(s) sampled)
