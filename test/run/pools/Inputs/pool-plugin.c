/* A library built with the plugin whose allocator registers its blocks
 * (pool-dlclose.c loads and unloads it).  The arena's chunk is malloc'd
 * in the library; its blocks are registered with razor_pool_alloc here
 * (the site), and one is kept per call. */
#include <razortrace.h>
#include <stdlib.h>

static char *chunk;
static size_t used;

int pool_keep(int i) {
  if (!chunk || used + 64 > 2048) {
    chunk = malloc(2048);
    used = 0;
  }
  char *p = chunk + used;
  used += 64;
  razor_pool_alloc(&chunk, p, 64); /* one 64-byte block kept per call */
  p[0] = (char)i;
  return p[0];
}
