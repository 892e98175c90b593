// setenv() in the program turns a probe's trigger on at the next call and unsetenv() turns it off again.
// RUN: %clang_razor %s -o %t
// RUN: %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

static void *kept[100];
static int n;

RAZOR_PROBE("TRACE_TOGGLE") void leak(void) { kept[n++] = malloc(8); }

int main(void) {
  for (int i = 0; i < 3; i++)
    leak();                 /* off: not sampled */
  setenv("TRACE_TOGGLE", "1", 1);
  for (int i = 0; i < 8; i++)
    leak();                 /* on: 8 samples */
  unsetenv("TRACE_TOGGLE");
  for (int i = 0; i < 5; i++)
    leak();                 /* off again */
  setenv("TRACE_TOGGLE", "0", 1);
  leak();                   /* "0" is off */
  return 0;
}
// Only the 8 blocks of the sampled calls count; the other 9 are not traced.
// CHECK:      razortrace: probe leak (trigger TRACE_TOGGLE) in {{.*}} — 8 calls sampled{{$}}
// CHECK-NEXT: command: {{.*}}{ kept[n++] = malloc(8); }
// CHECK-NEXT: • total kb: 0.0625   • blocks: 8
