/* The arena of arena.h.  The tests build it without the plugin, as a
 * library is. */
#include <razortrace.h>
#include <stdlib.h>

#include "arena.h"

struct arena_chunk {
  struct arena_chunk *next;
  size_t used;
  _Alignas(16) char data[ARENA_CHUNK];
};

void *arena_alloc(struct arena *a, size_t n) {
  n = (n + 15) & ~(size_t)15;
  if (n > ARENA_CHUNK)
    return NULL;
  if (!a->head || a->head->used + n > ARENA_CHUNK) {
    struct arena_chunk *c = malloc(sizeof *c);
    if (!c)
      return NULL;
    c->next = a->head;
    c->used = 0;
    a->head = c;
    a->chunks++;
  }
  void *p = a->head->data + a->head->used;
  a->head->used += n;
  razor_pool_alloc(a, p, n);
  return p;
}

void arena_reset(struct arena *a) {
  razor_pool_clear(a);
  while (a->head) {
    struct arena_chunk *c = a->head;
    a->head = c->next;
    free(c);
    a->chunks--;
  }
}
