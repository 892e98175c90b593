/* A traced program with a heap bug of its own on a block a probe allocated:
 * argv[1] is the bug ("double-free" or "realloc-freed"), argv[2] the
 * block's size, argv[3] where it happens ("outside": after the probe
 * returned; "inside": within a later sampled call; "outside-full": after
 * the probe returned, once seven other blocks of the probe of the same size
 * were freed, which fills glibc's tcache bin for it).  The block's
 * neighbour is allocated right after it and stays, so glibc sees the same
 * heap shape with and without razortrace. */
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *kept, *next_door, *fill[7];

RAZOR_PROBE("TRACE_BUG") void make(size_t n) {
  for (int k = 0; k < 7; k++)
    fill[k] = malloc(n);
  kept = malloc(n);
  next_door = malloc(n);
  memset(kept, 1, n);
  memset(next_door, 2, n);
}

static void bug(const char *what, size_t n) {
  fprintf(stderr, "doing %s of %zu bytes\n", what, n);
  free(kept);
  if (!strcmp(what, "double-free")) {
    free(kept);
  } else if (!strcmp(what, "realloc-freed")) {
    char *p = realloc(kept, 2 * n + 100);
    fprintf(stderr, "realloc returned %s\n", p ? "a block" : "NULL");
  }
}

RAZOR_PROBE("TRACE_BUG") void later(const char *what, size_t n) {
  bug(what, n);
}

int main(int argc, char **argv) {
  if (argc != 4)
    return 2;
  size_t n = strtoul(argv[2], NULL, 10);
  make(n);
  if (!strcmp(argv[3], "outside-full"))
    for (int k = 0; k < 7; k++)
      free(fill[k]);
  if (!strcmp(argv[3], "inside"))
    later(argv[1], n);
  else
    bug(argv[1], n);
  fprintf(stderr, "survived\n");
  return 0;
}
