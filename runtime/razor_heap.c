/* razor_heap.c - the table of tracked blocks: pointer -> (size, site, set).
 * Sharded open addressing with linear probing and backward-shift deletion;
 * one spinlock per shard; storage from razor_map, grown by rehash. */
#include <string.h>

#include "razor_internal.h"

#define SHARD_BITS 8
#define SHARDS (1u << SHARD_BITS)

struct shard {
  razor_lock lock;
  struct razor_block *slots;
  size_t cap;
  /* Written under the lock; read without it to skip an empty shard: a
   * block inserted before a release of it was ordered by the program. */
  size_t count;
} __attribute__((aligned(64)));

static struct shard shards[SHARDS];

static inline size_t shard_count(const struct shard *s) {
  return __atomic_load_n(&s->count, __ATOMIC_RELAXED);
}

static inline uint64_t hash_ptr(uintptr_t p) {
  uint64_t h = (uint64_t)p >> 4;
  h *= 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 31);
}

/* The shard of a block whose pointer hashes to H.  (Sharding by address
 * region instead kept two threads off each other's shard locks, but cost a
 * single thread 16% more on bench/handler.c: see issue 7's note.) */
static inline struct shard *shard_of(uint64_t h) {
  return &shards[h >> (64 - SHARD_BITS)];
}

static void place(struct razor_block *slots, size_t cap,
                  const struct razor_block *b) {
  size_t mask = cap - 1;
  for (size_t i = hash_ptr(b->ptr) & mask;; i = (i + 1) & mask) {
    if (!slots[i].ptr) {
      slots[i] = *b;
      return;
    }
  }
}

static int grow(struct shard *s) {
  size_t ncap = s->cap ? s->cap * 2 : 16;
  struct razor_block *n = razor_map(ncap * sizeof *n);
  if (!n)
    return -1;
  for (size_t i = 0; i < s->cap; i++)
    if (s->slots[i].ptr)
      place(n, ncap, &s->slots[i]);
  razor_unmap(s->slots, s->cap * sizeof *s->slots);
  s->slots = n;
  s->cap = ncap;
  return 0;
}

/* Records block B.  When B->ptr was already present (a block released
 * behind the runtime's back), its old entry is copied to OLD and replaced:
 * returns 1.  Returns 0 for a new entry, -1 when out of memory (B is not
 * tracked). */
int razor_heap_insert(const struct razor_block *b, struct razor_block *old) {
  uint64_t h = hash_ptr(b->ptr);
  struct shard *s = shard_of(h);
  razor_lock_acquire(&s->lock);
  /* Grown past a load of 0.8: linear probing stays short with this hash. */
  if ((s->count + 1) * 5 > s->cap * 4 && grow(s)) {
    razor_lock_release(&s->lock);
    return -1;
  }
  size_t mask = s->cap - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    if (s->slots[i].ptr == b->ptr) {
      *old = s->slots[i];
      s->slots[i] = *b;
      razor_lock_release(&s->lock);
      return 1;
    }
    if (!s->slots[i].ptr) {
      s->slots[i] = *b;
      __atomic_store_n(&s->count, s->count + 1, __ATOMIC_RELAXED);
      razor_lock_release(&s->lock);
      return 0;
    }
  }
}

/* Removes PTR from the table.  Returns 1 and copies its entry to OUT when
 * it was there, 0 otherwise. */
int razor_heap_remove(uintptr_t ptr, struct razor_block *out) {
  if (!ptr)
    return 0;
  uint64_t h = hash_ptr(ptr);
  struct shard *s = shard_of(h);
  if (!shard_count(s))
    return 0;
  razor_lock_acquire(&s->lock);
  if (!s->cap) {
    razor_lock_release(&s->lock);
    return 0;
  }
  size_t mask = s->cap - 1, i;
  for (i = h & mask;; i = (i + 1) & mask) {
    if (s->slots[i].ptr == ptr)
      break;
    if (!s->slots[i].ptr) {
      razor_lock_release(&s->lock);
      return 0;
    }
  }
  *out = s->slots[i];
  /* Backward-shift deletion keeps every probe chain intact. */
  for (size_t j = i;;) {
    j = (j + 1) & mask;
    if (!s->slots[j].ptr)
      break;
    size_t k = hash_ptr(s->slots[j].ptr) & mask;
    int stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
    if (stays)
      continue;
    s->slots[i] = s->slots[j];
    i = j;
  }
  s->slots[i].ptr = 0;
  __atomic_store_n(&s->count, s->count - 1, __ATOMIC_RELAXED);
  razor_lock_release(&s->lock);
  return 1;
}

/* Takes (LOCK set) or releases every shard lock: around fork(), so a child
 * never inherits a lock held by a thread that does not exist there. */
void razor_heap_fork_lock(int lock) {
  for (unsigned i = 0; i < SHARDS; i++) {
    if (lock)
      razor_lock_acquire(&shards[i].lock);
    else
      razor_lock_release(&shards[i].lock);
  }
}

/* True when PTR is in the table.  Takes the shard's lock; never allocates. */
int razor_heap_contains(uintptr_t ptr) {
  if (!ptr)
    return 0;
  uint64_t h = hash_ptr(ptr);
  struct shard *s = shard_of(h);
  int found = 0;
  if (!shard_count(s))
    return 0;
  razor_lock_acquire(&s->lock);
  if (s->cap) {
    size_t mask = s->cap - 1;
    for (size_t i = h & mask; s->slots[i].ptr; i = (i + 1) & mask)
      if (s->slots[i].ptr == ptr) {
        found = 1;
        break;
      }
  }
  razor_lock_release(&s->lock);
  return found;
}
