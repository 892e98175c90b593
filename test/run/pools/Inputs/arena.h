/* A region allocator as C libraries have them (APR's pools, obstacks):
 * chunks of ARENA_CHUNK bytes from malloc, blocks carved from the newest
 * one by bumping a pointer, everything given back at once by
 * arena_reset.  Each block is registered with razor_pool_alloc, the arena
 * being the pool; arena_reset calls razor_pool_clear. */
#ifndef ARENA_H
#define ARENA_H
#include <stddef.h>

#define ARENA_CHUNK 4096

struct arena_chunk;
struct arena {
  struct arena_chunk *head;
  size_t chunks; /* chunks malloc'd and not freed */
};

#ifdef __cplusplus
extern "C" {
#endif
void *arena_alloc(struct arena *a, size_t n);
void arena_reset(struct arena *a);
#ifdef __cplusplus
}
#endif
#endif
