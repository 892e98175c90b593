/* The program the bad-RAZOR_OPTIONS tests run: a clear probe that leaks
 * on every call, some output, exit status 3.  With tracing off it prints
 * only its own output. */
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *keep[8];

RAZOR_PROBE("TRACE_BAD,clear") void leak(int i) {
  keep[i] = malloc(100);
}

int main(void) {
  for (int i = 0; i < 8; i++)
    leak(i);
  printf("program output\n");
  return 3;
}
