/* gnulib-style helpers in a file of their own, as a library ships them
 * (no attribute, no annotation). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p) {
    fputs("memory exhausted\n", stderr);
    exit(1);
  }
  return p;
}

char *xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(xmalloc(n), s, n);
}
