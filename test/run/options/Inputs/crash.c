/* A program that crashes on a null write after its output: plain, it dies
 * of SIGSEGV (status 139 in a shell). */
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *keep[4];

RAZOR_PROBE("TRACE_CRASH") void leak(int i) {
  keep[i] = malloc(32);
}

int main(int argc, char **argv) {
  for (int i = 0; i < 4; i++)
    leak(i);
  printf("about to crash\n");
  fflush(stdout);
  volatile int *null = argc > 5 ? (int *)argv : NULL;
  *null = 1;
  return 0;
}
