/* razor_mem.h - the runtime's own memory (razor_mem.c): anonymous
 * mappings, a bump arena for records kept for the whole run, growable
 * arrays and an id -> pointer map.  Never the tracked allocator. */
#ifndef RAZOR_MEM_H
#define RAZOR_MEM_H

#include "razor_base.h"

void *razor_map(size_t bytes);
void *razor_map_populated(size_t bytes);
void razor_unmap(void *p, size_t bytes);
void razor_unmap_pages(void *p, size_t bytes);
void *razor_arena_alloc(size_t bytes);
/* The same, on cache lines of its own: for what one thread writes often
 * (a set's state, its pending counts), which other threads' objects next
 * to it in the arena would otherwise share (bench/scale.c with 2 threads:
 * each malloc+free pair 1.33x one thread's). */
#define RAZOR_CACHE_LINE 64
void *razor_arena_alloc_line(size_t bytes);
char *razor_arena_strdup(const char *s);
void razor_arena_fork_lock(int lock);

/* A growable array in its own mapping.  Not thread-safe: guard it.
 * `small`: while under a page it lives in the arena instead (for the many
 * long-lived arrays that stay tiny, like a counter's sample series; such
 * an array is never released). */
struct razor_vec {
  void *data;
  size_t len, cap, elsize;
  int small;
};
int razor_vec_reserve(struct razor_vec *v, size_t n);
void *razor_vec_push(struct razor_vec *v);
void razor_vec_release(struct razor_vec *v);

/* An id -> pointer map with lock-free reads: chunks never move. */
#define RAZOR_IDTAB_CHUNK 1024u
#define RAZOR_IDTAB_CHUNKS 4096u
struct razor_idtab {
  _Atomic(void **) chunks[RAZOR_IDTAB_CHUNKS];
};
void *razor_idtab_get(struct razor_idtab *t, uint32_t id);
int razor_idtab_set(struct razor_idtab *t, uint32_t id, void *value);

/* Records the runtime could not keep (its own memory ran out, a table was
 * full): counted, and the report says how many (SPEC 5), so a clean report
 * means a clean run. */
extern atomic_ulong razor_dropped;
static inline void razor_note_dropped(void) {
  atomic_fetch_add_explicit(&razor_dropped, 1, memory_order_relaxed);
}

#endif /* RAZOR_MEM_H */
