// With its trigger unset a leaking probe is not traced: the program writes nothing at all.
// RUN: %clang_razor %s -o %t
// RUN: %run %t 2>&1 | count 0
// RUN: env TRACE_OTHER=1 %run %t 2>&1 | count 0
#include <razortrace.h>
#include <stdlib.h>

static void *kept[100];

RAZOR_PROBE("TRACE_UNSET") void leak(int i) {
  kept[i] = malloc(32);
}

int main(void) {
  for (int i = 0; i < 100; i++)
    leak(i);
  return 0;
}
