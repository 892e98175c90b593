/* The second translation unit of deep-O0.c and deep-O2.c. */
#include <stdlib.h>

static void *xalloc(size_t n) {
  return malloc(n); /* xalloc-line */
}

void *make_item(int i) {
  void *p = xalloc(32 + (size_t)i % 3); /* make_item-line */
  if (p) /* used after the call: no tail call, even at -O2 */
    *(char *)p = 0;
  return p;
}
