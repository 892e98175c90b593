/* A tiny program that keeps every name it is given on a global list. */
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

static char *names[16];
static int n;

RAZOR_PROBE("TRACE_KEEP") void keep(const char *name) {
  names[n++] = strdup(name);
}

int main(void) {
  for (int i = 0; i < 10; i++)
    keep("a name kept forever");
  return 0;
}
