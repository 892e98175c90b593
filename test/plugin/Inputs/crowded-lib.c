/* test/plugin/wrapper-crowded-block.c's wrapper and keeper: keep() keeps
 * the block of my_alloc(127) and frees the others. */
#include <stdlib.h>

static void *kept[64];
static int nkept;

void *my_alloc(size_t n) { return malloc(n); }

void keep(void *p) {
  if (p && ((unsigned char *)p)[0] == 127 && nkept < 64)
    kept[nkept++] = p;
  else
    free(p);
}
