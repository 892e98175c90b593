/* razor_heap.c - the table of tracked blocks: pointer -> (size, context,
 * serial), 16 bytes an entry.
 *
 * Sharded open addressing with linear probing and backward-shift deletion;
 * one spinlock per shard; storage from razor_map, grown by 1.5x past a load
 * of 0.8, so a live block costs 20 to 30 bytes of table.  An entry packs:
 *   word a: the key (47-bit user address, or 2^47 | fd) | serial (16 bits)
 *   word b: size (40 bits) | context (24 bits: razor_ctx_of's id)
 * A size that needs more than 40 bits is kept in a small side table. */
#include <string.h>

#include "razor_internal.h"

#define SHARD_BITS 8
#define SHARDS (1u << SHARD_BITS)

#define KEY_BITS 48
#define KEY_MASK ((1ull << KEY_BITS) - 1)
#define FD_TAG (1ull << 47) /* keys at or above it are file descriptors */
#define SIZE_BITS 40
#define SIZE_BIG ((1ull << SIZE_BITS) - 1) /* the size is in big_tab */

struct entry {
  uint64_t a, b; /* a == 0: empty */
};
_Static_assert(sizeof(struct entry) == 16, "a table entry is 16 bytes");
_Static_assert(SIZE_BITS + RAZOR_CTX_BITS == 64, "size and context share b");

struct shard {
  razor_lock lock;
  struct entry *slots;
  size_t cap;
  /* Written under the lock; read without it to skip an empty shard: a
   * block inserted before a release of it was ordered by the program. */
  size_t count;
} __attribute__((aligned(64)));

static struct shard shards[SHARDS];

static inline size_t shard_count(const struct shard *s) {
  return __atomic_load_n(&s->count, __ATOMIC_RELAXED);
}

/* The table's key of PTR: the address itself, or FD_TAG | fd for a file
 * descriptor's RAZOR_FD_KEY; 0 for an address no entry can hold (above
 * 2^47: not given to user space on x86-64 unless asked for). */
static inline uint64_t key_of(uintptr_t ptr) {
  if (ptr < FD_TAG)
    return ptr;
  if ((ptr & ~0xffffffffull) == (uintptr_t)RAZOR_FD_KEY(0))
    return FD_TAG | (uint32_t)ptr;
  return 0;
}

static inline uintptr_t ptr_of(uint64_t key) {
  return key & FD_TAG ? (uintptr_t)RAZOR_FD_KEY((uint32_t)key) : key;
}

static inline uint64_t hash_key(uint64_t key) {
  uint64_t h = key * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 32);
}

/* The shard of a key with hash H: its top bits.  (Sharding by address
 * region instead kept two threads off each other's shard locks, but cost a
 * single thread 16% more on bench/handler.c: see issue 7's note.) */
static inline struct shard *shard_of(uint64_t h) {
  return &shards[h >> (64 - SHARD_BITS)];
}

/* The slot a key with hash H would take in a table of CAP slots. */
static inline size_t home(uint64_t h, size_t cap) {
  return (size_t)(((uint64_t)(uint32_t)h * cap) >> 32);
}

static inline size_t next_slot(size_t i, size_t cap) {
  return i + 1 == cap ? 0 : i + 1;
}

/* ---- sizes of 2^40 - 1 bytes and more (never in practice) ---- */

#define BIG_MAX 64
static razor_lock big_lock; /* taken inside a shard's lock, or alone */
static struct {
  uint64_t key, size; /* key 0: free */
} big_tab[BIG_MAX];

/* Stores SIZE for KEY, replacing KEY's size if it has one.  0, or -1 when
 * the table is full. */
static int big_set(uint64_t key, uint64_t size) {
  int at = -1;
  razor_lock_acquire(&big_lock);
  for (int i = 0; i < BIG_MAX; i++) {
    if (big_tab[i].key == key) {
      at = i;
      break;
    }
    if (!big_tab[i].key && at < 0)
      at = i;
  }
  if (at >= 0) {
    big_tab[at].key = key;
    big_tab[at].size = size;
  }
  razor_lock_release(&big_lock);
  return at >= 0 ? 0 : -1;
}

/* KEY's size (0 when it has none); removed from the table if TAKE. */
static uint64_t big_get(uint64_t key, int take) {
  uint64_t size = 0;
  razor_lock_acquire(&big_lock);
  for (int i = 0; i < BIG_MAX; i++)
    if (big_tab[i].key == key) {
      size = big_tab[i].size;
      if (take)
        big_tab[i].key = 0;
      break;
    }
  razor_lock_release(&big_lock);
  return size;
}

/* ---- entries ---- */

/* Packs block B with key KEY into E (a big size as SIZE_BIG: the caller
 * stores it).  Returns -1 when B has no context. */
static int pack(struct entry *e, uint64_t key, const struct razor_block *b) {
  if (!b->ctx)
    return -1;
  uint64_t size = b->size < SIZE_BIG ? b->size : SIZE_BIG;
  e->a = key | (uint64_t)(uint16_t)b->serial << KEY_BITS;
  e->b = size | (uint64_t)b->ctx << SIZE_BITS;
  return 0;
}

static inline int is_big(const struct entry *e) {
  return (e->b & SIZE_BIG) == SIZE_BIG;
}

/* Unpacks E into OUT; TAKE set when the entry leaves the table. */
static void unpack(const struct entry *e, struct razor_block *out, int take) {
  uint64_t key = e->a & KEY_MASK;
  out->ptr = ptr_of(key);
  out->serial = (uint32_t)(e->a >> KEY_BITS);
  out->size = is_big(e) ? big_get(key, take) : (e->b & SIZE_BIG);
  out->ctx = (uint32_t)(e->b >> SIZE_BITS);
  razor_ctx_get(out->ctx, &out->set, &out->site);
}

static void place(struct entry *slots, size_t cap, const struct entry *e) {
  for (size_t i = home(hash_key(e->a & KEY_MASK), cap);; i = next_slot(i, cap))
    if (!slots[i].a) {
      slots[i] = *e;
      return;
    }
}

static int grow(struct shard *s) {
  size_t ncap = s->cap ? s->cap + s->cap / 2 : 16;
  if (ncap > UINT32_MAX)
    return -1;
  struct entry *n = razor_map(ncap * sizeof *n);
  if (!n)
    return -1;
  for (size_t i = 0; i < s->cap; i++)
    if (s->slots[i].a)
      place(n, ncap, &s->slots[i]);
  razor_unmap(s->slots, s->cap * sizeof *s->slots);
  s->slots = n;
  s->cap = ncap;
  return 0;
}

/* The slot of KEY (hash H) in S, or -1.  The caller holds S's lock. */
static inline ptrdiff_t find(const struct shard *s, uint64_t key, uint64_t h) {
  if (!s->cap)
    return -1;
  for (size_t i = home(h, s->cap); s->slots[i].a; i = next_slot(i, s->cap))
    if ((s->slots[i].a & KEY_MASK) == key)
      return (ptrdiff_t)i;
  return -1;
}

/* Records block B (B->ctx set; the low 16 bits of B->serial are kept).
 * When B->ptr was already present (a block released behind the runtime's
 * back), its old entry is copied to OLD and replaced: returns 1.  Returns 0
 * for a new entry, -1 when B cannot be tracked (out of memory, no context,
 * an address no entry holds); the table is then unchanged. */
int razor_heap_insert(const struct razor_block *b, struct razor_block *old) {
  uint64_t key = key_of(b->ptr);
  struct entry e;
  if (!key || pack(&e, key, b))
    return -1;
  int big = is_big(&e);
  uint64_t h = hash_key(key);
  struct shard *s = shard_of(h);
  razor_lock_acquire(&s->lock);
  /* Grown past a load of 0.8: linear probing stays short with this hash,
   * and 1.5x keeps the load from falling below 0.53. */
  if ((s->count + 1) * 5 > s->cap * 4 && grow(s)) {
    razor_lock_release(&s->lock);
    return -1;
  }
  size_t i = home(h, s->cap);
  for (; s->slots[i].a; i = next_slot(i, s->cap))
    if ((s->slots[i].a & KEY_MASK) == key)
      break;
  int found = s->slots[i].a != 0;
  if (found)
    unpack(&s->slots[i], old, 0);
  if (big && big_set(key, b->size)) {
    razor_lock_release(&s->lock);
    return -1;
  }
  if (!big && found && is_big(&s->slots[i]))
    big_get(key, 1);
  s->slots[i] = e;
  if (!found)
    __atomic_store_n(&s->count, s->count + 1, __ATOMIC_RELAXED);
  razor_lock_release(&s->lock);
  return found;
}

/* Removes PTR from the table.  Returns 1 and copies its entry to OUT when
 * it was there, 0 otherwise. */
int razor_heap_remove(uintptr_t ptr, struct razor_block *out) {
  uint64_t key = key_of(ptr);
  if (!key)
    return 0;
  uint64_t h = hash_key(key);
  struct shard *s = shard_of(h);
  if (!shard_count(s))
    return 0;
  razor_lock_acquire(&s->lock);
  ptrdiff_t at = find(s, key, h);
  if (at < 0) {
    razor_lock_release(&s->lock);
    return 0;
  }
  size_t i = (size_t)at, cap = s->cap;
  struct entry e = s->slots[i];
  /* Backward-shift deletion keeps every probe chain intact. */
  for (size_t j = i;;) {
    j = next_slot(j, cap);
    if (!s->slots[j].a)
      break;
    size_t k = home(hash_key(s->slots[j].a & KEY_MASK), cap);
    int stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
    if (stays)
      continue;
    s->slots[i] = s->slots[j];
    i = j;
  }
  s->slots[i].a = 0;
  __atomic_store_n(&s->count, s->count - 1, __ATOMIC_RELAXED);
  razor_lock_release(&s->lock);
  /* The key is not reused before this returns: its block is released
   * after, and a realloc moving it has not inserted yet. */
  unpack(&e, out, 1);
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
  if (lock)
    razor_lock_acquire(&big_lock);
  else
    razor_lock_release(&big_lock);
}

/* True when PTR is in the table.  Takes the shard's lock; never allocates. */
int razor_heap_contains(uintptr_t ptr) {
  uint64_t key = key_of(ptr);
  if (!key)
    return 0;
  uint64_t h = hash_key(key);
  struct shard *s = shard_of(h);
  if (!shard_count(s))
    return 0;
  razor_lock_acquire(&s->lock);
  int found = find(s, key, h) >= 0;
  razor_lock_release(&s->lock);
  return found;
}
