/* Built without the plugin: a library's string copy, its own allocation
 * wrapper, and a loop that calls back into the program. */
#include <stdlib.h>
#include <string.h>

char *plain_dup(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = malloc(n);
  return p ? memcpy(p, s, n) : NULL;
}

void *plain_xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p)
    abort();
  return p;
}

void plain_each(int n, void (*cb)(int)) {
  for (int i = 0; i < n; i++)
    cb(i);
}
