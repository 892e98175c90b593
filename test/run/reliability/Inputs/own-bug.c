/* A traced program with a heap bug of its own, chosen by argv[1]: the bug
 * happens inside a sampled probe call, on a block the tracer is tracking. */
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *kept[4];

RAZOR_PROBE("TRACE_BUG") void step(int i, const char *bug) {
  kept[i] = malloc(40);
  char *p = malloc(24);
  if (i < 3) {
    free(p);
    return;
  }
  fprintf(stderr, "doing %s\n", bug);
  if (!strcmp(bug, "double-free")) {
    free(p);
    free(p);
  } else if (!strcmp(bug, "invalid-free")) {
    char local[32];
    char *volatile q = local + 16;
    free(p);
    free(q);
  } else if (!strcmp(bug, "realloc-freed")) {
    free(p);
    p = realloc(p, 4096);
    fprintf(stderr, "realloc returned %s\n", p ? "a block" : "NULL");
  }
}

int main(int argc, char **argv) {
  for (int i = 0; i < 4; i++)
    step(i, argc > 1 ? argv[1] : "");
  fprintf(stderr, "survived\n");
  return 0;
}
