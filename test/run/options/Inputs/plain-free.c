/* Built WITHOUT the plugin: frees and reallocs here are not tagged. */
#include <stdlib.h>

void plain_free(void *p) { free(p); }

void plain_for_each(void **items, int n, void (*fn)(void *)) {
  for (int i = 0; i < n; i++)
    fn(items[i]);
}

void *plain_grow(void *p, size_t n) { return realloc(p, n); }
