/* A traced program with a heap-buffer-overflow in a probe, for ASan. */
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

RAZOR_PROBE("TRACE_LEAKY") void overflow(int n) {
  char *volatile p = malloc(n);
  p[n] = 1;
  free(p);
}

int main(void) {
  overflow(16);
  return 0;
}
