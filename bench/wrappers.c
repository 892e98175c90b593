/* The trigger-off cost of allocation wrappers the optimizer inlines
 * (README "Allocation wrappers"): ROUNDS (default 200000) rounds of
 * xmalloc, a free, xstrdup (on xmalloc) and a free, with no probe
 * sampling; the blocks go through a volatile pointer so the optimizer
 * keeps them.  Count instructions with callgrind, plain against the
 * plugin:
 *   clang -O2 bench/wrappers.c -o plain && valgrind --tool=callgrind ./plain
 *   razor-cc -O2 bench/wrappers.c -o rt && valgrind --tool=callgrind ./rt */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p) {
    fprintf(stderr, "out of memory\n");
    abort();
  }
  return p;
}

static char *xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(xmalloc(n), s, n);
}

static void *volatile sink;

int main(int argc, char **argv) {
  int rounds = argc > 1 ? atoi(argv[1]) : 200000;
  const char *name = argc > 2 ? argv[2] : "a name of some length";
  unsigned long sum = 0;
  for (int i = 0; i < rounds; i++) {
    char *b = xmalloc(32 + (i & 7));
    sink = b;
    free(b);
    char *s = xstrdup(name);
    sum += strlen(s);
    free(s);
  }
  printf("%lu\n", sum);
  return 0;
}
