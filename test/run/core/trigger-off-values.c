// A trigger set to empty, 0, false, no or off, in any case, is off: the leaking program writes nothing.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_X= %run %t 2>&1 | count 0
// RUN: env TRACE_X=0 %run %t 2>&1 | count 0
// RUN: env TRACE_X=false %run %t 2>&1 | count 0
// RUN: env TRACE_X=FALSE %run %t 2>&1 | count 0
// RUN: env TRACE_X=off %run %t 2>&1 | count 0
// RUN: env TRACE_X=OFF %run %t 2>&1 | count 0
// RUN: env TRACE_X=no %run %t 2>&1 | count 0
// RUN: env TRACE_X=No %run %t 2>&1 | count 0
#include <razortrace.h>
#include <stdlib.h>

static void *kept[100];

RAZOR_PROBE("TRACE_X") void leak(int i) {
  kept[i] = malloc(32);
}

int main(void) {
  for (int i = 0; i < 100; i++)
    leak(i);
  return 0;
}
