/* A traced program with a signed overflow in a probe, for UBSan. */
#include <limits.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *kept[10];
static volatile int big = INT_MAX;

RAZOR_PROBE("TRACE_LEAKY") void step(int i) {
  kept[i] = malloc(32);
  if (i == 5)
    printf("wrapped: %d\n", big + i);
}

int main(void) {
  for (int i = 0; i < 10; i++)
    step(i);
  return 0;
}
