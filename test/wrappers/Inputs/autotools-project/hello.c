#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *seen[32];
static int nseen;

__attribute__((annotate("razor_probe:TRACE_HELLO")))
static void greet(const char *who) {
#if HAVE_STRDUP
  seen[nseen++] = strdup(who);
#else
  seen[nseen++] = malloc(8);
#endif
  printf("hello, %s\n", who);
}

int main(void) {
  for (int i = 0; i < 10; i++)
    greet("world");
  return 0;
}
