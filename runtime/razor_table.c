/* razor_table.c - the table of tracked blocks: pointer -> (size, context,
 * serial), 16 bytes an entry.
 *
 * Two levels.  Each sampling thread's newest blocks are in a small table of
 * its own ("young blocks", below); older ones in 256 shards of open
 * addressing with linear probing and backward-shift deletion, one spinlock
 * each, storage from razor_map grown by 1.5x past a load of 0.8, so a live
 * block costs 20 to 30 bytes of table.  A large shard grows without a
 * pause: its entries move to the new table a few with each operation.  An
 * entry packs:
 *   word a: the key (47-bit user address, or 2^47 | fd) | serial (16 bits)
 *   word b: size (36 bits) | context (28 bits: razor_ctx_of's id)
 * A size of 64 GiB or more is kept in a small side table. */
#include <string.h>

#include "razor_alloc.h"
#include "razor_registry.h"
#include "razor_table.h"
#include "razor_tls.h"

#define SHARD_BITS 8
#define SHARDS (1u << SHARD_BITS)

#define KEY_BITS 48
#define KEY_MASK ((1ull << KEY_BITS) - 1)
#define FD_TAG (1ull << 47) /* keys at or above it are file descriptors */
#define SIZE_BITS 36
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
  /* Entries here and in OLD.  Written under the lock; read without it to
   * skip an empty shard: a block inserted before a release of it was
   * ordered by the program. */
  size_t count;
  /* While a large shard grows (grow): the table before, OLD_COUNT entries
   * of which are still to move to SLOTS, a few with each operation on the
   * shard (migrate), from slot CURSOR on. */
  struct entry *old;
  size_t old_cap, old_count, cursor;
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

/* ---- sizes of 2^36 - 1 bytes (64 GiB) and more ---- */

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

/* The slot of KEY (hash H) among CAP > 0 slots, or the empty slot where it
 * would go. */
static inline size_t slots_seek(const struct entry *slots, size_t cap,
                                uint64_t key, uint64_t h) {
  size_t i = home(h, cap);
  while (slots[i].a && (slots[i].a & KEY_MASK) != key)
    i = next_slot(i, cap);
  return i;
}

/* Empties slot I of CAP slots; backward-shift deletion keeps every probe
 * chain intact. */
static void slots_erase(struct entry *slots, size_t cap, size_t i) {
  for (size_t j = i;;) {
    j = next_slot(j, cap);
    if (!slots[j].a)
      break;
    size_t k = home(hash_key(slots[j].a & KEY_MASK), cap);
    int stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
    if (stays)
      continue;
    slots[i] = slots[j];
    i = j;
  }
  slots[i].a = 0;
}

/* Finds KEY (hash H) among CAP slots and copies its entry to *E, removing
 * it when TAKE is set.  Returns 1 when it was there. */
static inline int slots_take(struct entry *slots, size_t cap, uint64_t key,
                             uint64_t h, struct entry *e, int take) {
  if (!cap)
    return 0;
  size_t i = slots_seek(slots, cap, key, h);
  if (!slots[i].a)
    return 0;
  *e = slots[i];
  if (take)
    slots_erase(slots, cap, i);
  return 1;
}

/* Slots a shard operation visits of a growing shard's old table.  A grow
 * starts at a load of 0.8 and the new table is 1.5 times larger, so the
 * move must be done before 0.4 old capacities of blocks are added: at 16
 * slots an operation it is done after 1/16 of an old capacity of
 * operations, well within that. */
#define MIGRATE_STEP 16u
/* Tables up to this many slots (64 KiB) are copied at once when they grow:
 * well under 100 us. */
#define MIGRATE_FROM 4096u

/* Moves up to BUDGET slots' worth of S's old table to its new one; frees
 * the old table when it is empty.  S's lock is held. */
static void migrate(struct shard *s, size_t budget) {
  while (s->old_count && budget--) {
    struct entry *e = &s->old[s->cursor];
    if (!e->a) {
      s->cursor = next_slot(s->cursor, s->old_cap);
      continue;
    }
    uint64_t key = e->a & KEY_MASK;
    s->slots[slots_seek(s->slots, s->cap, key, hash_key(key))] = *e;
    /* A later entry of the cluster may shift into the cursor's slot (or,
     * wrapping, behind it: the cursor goes round until none is left). */
    slots_erase(s->old, s->old_cap, s->cursor);
    s->old_count--;
  }
  if (s->old && !s->old_count) {
    razor_unmap(s->old, s->old_cap * sizeof *s->old);
    s->old = NULL;
    s->old_cap = s->cursor = 0;
  }
}

/* Gives S a table 1.5 times larger.  A small one is copied at once; a
 * large one becomes S's old table, moved over by the next operations
 * (migrate), so no one waits for a whole copy.  -1 when out of memory. */
static int grow(struct shard *s) {
  migrate(s, SIZE_MAX); /* a move still under way ends first (rare) */
  size_t ncap = s->cap ? s->cap + s->cap / 2 : 16;
  if (ncap > UINT32_MAX)
    return -1;
  int later = s->cap > MIGRATE_FROM;
  struct entry *n = later ? razor_map_populated(ncap * sizeof *n)
                          : razor_map(ncap * sizeof *n);
  if (!n)
    return -1;
  if (later) {
    s->old = s->slots;
    s->old_cap = s->cap;
    s->old_count = s->count;
    s->cursor = 0;
  } else {
    for (size_t i = 0; i < s->cap; i++) {
      uint64_t key = s->slots[i].a & KEY_MASK;
      if (key)
        n[slots_seek(n, ncap, key, hash_key(key))] = s->slots[i];
    }
    razor_unmap(s->slots, s->cap * sizeof *s->slots);
  }
  s->slots = n;
  s->cap = ncap;
  return 0;
}

/* Takes KEY (hash H) out of S's tables into *E (TAKE set) or only looks;
 * a growing shard moves a few more entries.  S's lock is held.  Returns 1
 * when it was there. */
static int shard_find(struct shard *s, uint64_t key, uint64_t h,
                      struct entry *e, int take) {
  int found = slots_take(s->slots, s->cap, key, h, e, take);
  if (RAZOR_UNLIKELY(s->old != NULL)) {
    if (!found && slots_take(s->old, s->old_cap, key, h, e, take)) {
      found = 1;
      if (take)
        s->old_count--;
    }
    migrate(s, MIGRATE_STEP);
  }
  return found;
}

/* Puts entry E (key KEY, hash H; a big size already in big_tab) in its
 * shard.  An entry the key had is replaced and, if STALE, copied there
 * (returns 1).  Returns 0 for a new entry, -1 when out of memory. */
static int shard_put(const struct entry *e, uint64_t key, uint64_t h,
                     struct entry *stale) {
  struct shard *s = shard_of(h);
  razor_lock_acquire(&s->lock);
  /* An entry the key has in a growing shard's old table is taken out: the
   * new one goes to the new table. */
  struct entry prev;
  int found = RAZOR_UNLIKELY(s->old != NULL) && shard_find(s, key, h, &prev, 1);
  /* Grown past a load of 0.8: linear probing stays short with this hash,
   * and 1.5x keeps the load from falling below 0.53. */
  if (!found && (s->count + 1) * 5 > s->cap * 4 && grow(s)) {
    razor_lock_release(&s->lock);
    return -1;
  }
  size_t i = slots_seek(s->slots, s->cap, key, h);
  if (s->slots[i].a) {
    found = 1;
    prev = s->slots[i];
  }
  if (found && stale)
    *stale = prev;
  s->slots[i] = *e;
  if (!found)
    __atomic_store_n(&s->count, s->count + 1, __ATOMIC_RELAXED);
  razor_lock_release(&s->lock);
  return found;
}

/* Takes KEY (hash H) out of its shard into *E (TAKE set) or only looks.
 * Returns 1 when it was there. */
static int shard_take(uint64_t key, uint64_t h, struct entry *e, int take) {
  struct shard *s = shard_of(h);
  if (!shard_count(s))
    return 0;
  razor_lock_acquire(&s->lock);
  int found = shard_find(s, key, h, e, take);
  if (found && take)
    __atomic_store_n(&s->count, s->count - 1, __ATOMIC_RELAXED);
  razor_lock_release(&s->lock);
  return found;
}

/* ---- young blocks ----
 *
 * What a thread allocates while it samples goes first to a small table of
 * its own, which stays in its caches: a block allocated and released within
 * a call (most are) never reaches the shards, and two threads' recent blocks
 * share no cache line.  When the table is full, each new block moves a few
 * older ones to the shards; all move when the thread ends.  A lookup, by
 * any thread, sees every block: the thread's own table, the shards, then
 * the other young tables whose filter may hold the key; blocks moved
 * meanwhile (flush_gen changed) send it round once more. */

#define YOUNG_SLOTS 2048u
#define YOUNG_MAX (YOUNG_SLOTS * 3 / 8)
#define YOUNG_MOVE 64u      /* blocks moved to the shards at a time */
#define FILTER_SIZE 4096u   /* counters, two a key */

struct young {
  razor_lock lock;  /* the owner's, and a lookup's from another thread */
  uint32_t count;   /* written under the lock; read without it to skip */
  uint32_t cursor;  /* where the next move to the shards starts */
  atomic_int owned; /* a running thread's; 0: free for the next thread */
  struct young *next; /* every young table, in one list that only grows */
  /* How many of the table's keys hash to each counter (saturating at 255):
   * written under the lock, read by lookups without it. */
  unsigned char filter[FILTER_SIZE];
  struct entry slots[YOUNG_SLOTS];
};

static _Atomic(struct young *) youngs;
static atomic_uint flush_gen;

/* Key hash H's counter I (0 or 1) in Y's filter. */
static inline unsigned char *filter_at(struct young *y, uint64_t h, int i) {
  return &y->filter[(h >> (i ? 40 : 52)) & (FILTER_SIZE - 1)];
}

static inline int filter_may_hold(struct young *y, uint64_t h) {
  return __atomic_load_n(filter_at(y, h, 0), __ATOMIC_RELAXED) &&
         __atomic_load_n(filter_at(y, h, 1), __ATOMIC_RELAXED);
}

/* Counts key hash H in (D 1) or out (D -1) of Y's filter; Y's lock held. */
static inline void filter_count(struct young *y, uint64_t h, int d) {
  unsigned char *c[2] = {filter_at(y, h, 0), filter_at(y, h, 1)};
  for (int i = 0; i < 2; i++) {
    unsigned char v = *c[i];
    if (v != 255) /* saturated: stays "maybe" */
      __atomic_store_n(c[i], (unsigned char)(v + d), __ATOMIC_RELAXED);
  }
}

/* This thread's young table, made (or a dead thread's taken over) when
 * missing; NULL when there is no memory for one. */
static struct young *young_mine(void) {
  struct razor_tls *t = razor_tls_get();
  if (RAZOR_LIKELY(t->young != NULL))
    return t->young;
  for (struct young *y = atomic_load(&youngs); y; y = y->next) {
    int free_one = 0;
    if (atomic_compare_exchange_strong(&y->owned, &free_one, 1))
      return t->young = y;
  }
  struct young *y = razor_map(sizeof *y);
  if (!y)
    return NULL;
  atomic_store(&y->owned, 1);
  y->next = atomic_load(&youngs);
  while (!atomic_compare_exchange_weak(&youngs, &y->next, y))
    ;
  return t->young = y;
}

/* Moves up to MAX of Y's blocks to the shards (all when MAX is 0), those
 * allocated before the thread's last activation (whose low serial bits
 * differ from SERIAL's) first; Y's lock is held.  A block whose key a shard
 * held already replaces that entry (released behind the runtime's back):
 * the first such entries are kept in STALE (N of them at most) for the
 * caller to account; *NSTALE says how many. */
static void young_move(struct young *y, unsigned max, uint32_t serial,
                       struct entry *stale, unsigned n, unsigned *nstale) {
  unsigned moved = 0;
  for (int any = max == 0; any < 2 && (!max || moved < max); any++) {
    for (unsigned k = 0;
         k < YOUNG_SLOTS && y->count && (!max || moved < max);) {
      unsigned i = (y->cursor + k) & (YOUNG_SLOTS - 1);
      struct entry *e = &y->slots[i];
      if (!e->a || (!any && (uint16_t)(e->a >> KEY_BITS) == (uint16_t)serial)) {
        k++;
        continue;
      }
      uint64_t key = e->a & KEY_MASK, h = hash_key(key);
      struct entry old;
      /* Out of memory: the block is no longer tracked (its counts stay). */
      if (shard_put(e, key, h, &old) == 1 && *nstale < n)
        stale[(*nstale)++] = old;
      filter_count(y, h, -1);
      slots_erase(y->slots, YOUNG_SLOTS, i);
      __atomic_store_n(&y->count, y->count - 1, __ATOMIC_RELAXED);
      moved++; /* slot I may hold a shifted block now: look again */
    }
  }
  y->cursor = (y->cursor + YOUNG_SLOTS / 8) & (YOUNG_SLOTS - 1);
  atomic_fetch_add_explicit(&flush_gen, 1, memory_order_release);
}

/* Takes KEY (hash H) out of young table Y into *E (TAKE set) or only
 * looks.  Returns 1 when it was there. */
static inline __attribute__((always_inline)) int
young_take(struct young *y, uint64_t key, uint64_t h, struct entry *e,
           int take) {
  razor_lock_acquire(&y->lock);
  int found = y->count && slots_take(y->slots, YOUNG_SLOTS, key, h, e, take);
  if (found && take) {
    __atomic_store_n(&y->count, y->count - 1, __ATOMIC_RELAXED);
    filter_count(y, h, -1);
  }
  razor_lock_release(&y->lock);
  return found;
}

/* Finds KEY anywhere: takes it out into *E when TAKE is set.  Returns 1
 * when it was tracked. */
static inline __attribute__((always_inline)) int
lookup(uint64_t key, struct entry *e, int take) {
  uint64_t h = hash_key(key);
  struct razor_tls *t = razor_tls_self; /* none yet: no young table */
  struct young *mine = t ? t->young : NULL;
  if (mine && young_take(mine, key, h, e, take))
    return 1;
  for (;;) {
    unsigned gen = atomic_load_explicit(&flush_gen, memory_order_acquire);
    if (shard_take(key, h, e, take))
      return 1;
    for (struct young *y = atomic_load_explicit(&youngs, memory_order_acquire);
         y; y = y->next)
      if (y != mine && __atomic_load_n(&y->count, __ATOMIC_RELAXED) &&
          filter_may_hold(y, h) && young_take(y, key, h, e, take))
        return 1;
    if (atomic_load_explicit(&flush_gen, memory_order_acquire) == gen)
      return 0;
  }
}

/* The blocks a flush found replaced behind the runtime's back, for
 * razor_table_stale: in the thread's block (razor_tls.h: stale). */
_Static_assert(sizeof(((struct razor_tls *)0)->stale[0]) == sizeof(struct entry),
               "a stale slot holds one entry");
static inline struct entry *stale_buf(struct razor_tls *t) {
  return (struct entry *)(void *)t->stale;
}

/* Records block B (B->ctx set; the low 16 bits of B->serial are kept), in
 * this thread's young table when YOUNG is set (a block it allocated while
 * sampling), else in the shards.  When B->ptr was already present where
 * it goes (a block released behind the runtime's back), the old entry is
 * copied to OLD and replaced: returns 1.  Returns 0 for a new entry, -1 when
 * B cannot be tracked (out of memory, no context, an address no entry
 * holds); nothing is then changed.  After a young insert, call
 * razor_table_stale while the thread's heap_stale is set. */
int razor_table_insert(const struct razor_block *b, struct razor_block *old,
                      int young) {
  uint64_t key = key_of(b->ptr);
  struct entry e, prev;
  if (!key || pack(&e, key, b))
    return -1;
  /* Before the block can be seen anywhere: releases look here from now. */
  if (!(__atomic_load_n(&__razor_tracking, __ATOMIC_RELAXED) &
        RAZOR_TRACKING_TABLE))
    __atomic_fetch_or(&__razor_tracking, RAZOR_TRACKING_TABLE,
                      __ATOMIC_SEQ_CST);
  int big = is_big(&e), r;
  uint64_t h = hash_key(key);
  struct young *y = young ? young_mine() : NULL;
  if (y) {
    struct razor_tls *t = razor_tls_get();
    razor_lock_acquire(&y->lock);
    if (y->count >= YOUNG_MAX)
      young_move(y, YOUNG_MOVE, b->serial, stale_buf(t), RAZOR_STALE_MAX,
                 &t->heap_stale);
    size_t at = slots_seek(y->slots, YOUNG_SLOTS, key, h);
    r = y->slots[at].a != 0;
    if (r) /* its big size, if any, is read before B's replaces it */
      unpack(&y->slots[at], old, !big && is_big(&y->slots[at]));
    if (big && big_set(key, b->size)) {
      razor_lock_release(&y->lock);
      return -1;
    }
    y->slots[at] = e;
    if (!r) {
      __atomic_store_n(&y->count, y->count + 1, __ATOMIC_RELAXED);
      filter_count(y, h, 1);
    }
    razor_lock_release(&y->lock);
    return r;
  }
  /* The big size a present entry has, before B's replaces it. */
  uint64_t prev_big = big ? big_get(key, 0) : 0;
  if (big && big_set(key, b->size))
    return -1;
  r = shard_put(&e, key, h, &prev);
  if (r < 0 && big) {
    if (prev_big)
      big_set(key, prev_big);
    else
      big_get(key, 1);
  }
  if (r == 1) {
    unpack(&prev, old, !big && is_big(&prev));
    if (big && is_big(&prev))
      old->size = prev_big;
  }
  return r;
}

/* A block a young table's move to the shards found released behind the
 * runtime's back, into OUT: 1, or 0 when there is none left. */
int razor_table_stale(struct razor_block *out) {
  struct razor_tls *t = razor_tls_get();
  if (!t->heap_stale)
    return 0;
  unpack(&stale_buf(t)[--t->heap_stale], out, 0);
  return 1;
}

/* Removes PTR from the table.  Returns 1 and copies its entry to OUT when
 * it was there, 0 otherwise. */
int razor_table_remove(uintptr_t ptr, struct razor_block *out) {
  uint64_t key = key_of(ptr);
  struct entry e;
  if (!key || !lookup(key, &e, 1))
    return 0;
  /* The key is not reused before this returns: its block is released
   * after, and a realloc moving it has not inserted yet. */
  unpack(&e, out, 1);
  return 1;
}

/* True when PTR is in the table.  Takes locks; never allocates. */
int razor_table_contains(uintptr_t ptr) {
  uint64_t key = key_of(ptr);
  struct entry e;
  return key && lookup(key, &e, 0);
}

/* PTR's entry into OUT without removing it: 1, or 0 when it is not in the
 * table.  Takes locks; never allocates. */
int razor_table_get(uintptr_t ptr, struct razor_block *out) {
  uint64_t key = key_of(ptr);
  struct entry e;
  if (!key || !lookup(key, &e, 0))
    return 0;
  unpack(&e, out, 0);
  return 1;
}

/* This thread ends: its young blocks move to the shards and its table is
 * free for the next thread. */
RAZOR_RESIDENT void razor_table_thread_exit(void) {
  struct razor_tls *t = razor_tls_get();
  struct young *y = t->young;
  if (!y)
    return;
  unsigned n = 0;
  struct entry stale[1];
  razor_lock_acquire(&y->lock);
  young_move(y, 0, 0, stale, 0, &n);
  razor_lock_release(&y->lock);
  t->young = NULL;
  atomic_store(&y->owned, 0);
}

/* Takes (LOCK set) or releases every table lock: around fork(), so a child
 * never inherits a lock held by a thread that does not exist there.  The
 * order is the one a move takes them in: young tables, shards, big_tab.
 * Young tables made meanwhile (by threads still running) are left alone. */
static struct young *fork_youngs;

RAZOR_RESIDENT void razor_table_fork_lock(int lock) {
  if (lock)
    fork_youngs = atomic_load(&youngs);
  for (struct young *y = fork_youngs; y; y = y->next) {
    if (lock)
      razor_lock_acquire(&y->lock);
    else
      razor_lock_release(&y->lock);
  }
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
