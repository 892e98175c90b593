/* razor_pool.c - custom allocators' client calls (razortrace.h):
 * razor_malloclike, razor_freelike, razor_pool_alloc, razor_pool_free and
 * razor_pool_clear, and __razor_<each>, what code built with the plugin
 * calls behind its inline test (razor_fns.def: CLIENT_ALLOC, CLIENT_FREE).
 *
 * A registered block is recorded by the record owner (razor_record.c: in
 * the table, charged to the call's site; the chunk it lies in stops
 * counting).  This file keeps which blocks were registered, and by which
 * pool: a hash of the blocks by address, each block on its pool's list, so
 * razor_pool_clear gives back exactly its pool's blocks and a give-back
 * names only a block registered here (never a malloc'd one).  Only blocks
 * recorded while a probe sampled are kept.  All of it in the runtime's
 * own memory, under one lock and the thread's guard.
 *
 * Registering does nothing while the thread does not sample; giving back
 * nothing while the table has never held a block.  Bad input (NULL, a
 * block or pool never registered, a block given back twice, a pool
 * cleared twice) is ignored. */
#include <string.h>

#include "razor_mem.h"
#include "razor_pool.h"
#include "razor_record.h"
#include "razor_tls.h"

/* One registered block: on the address hash's chain (hnext) and on its
 * pool's list (pprev, pnext); indices into nodes, 0: none. */
struct cnode {
  uintptr_t ptr, pool;
  uint32_t hnext, pprev, pnext, unused;
};

/* One pool with blocks: on the pool hash's chain, with its list's head. */
struct cpool {
  uintptr_t key;
  uint32_t head, hnext;
};

static razor_lock pool_lock;
static struct razor_vec nodes = {.elsize = sizeof(struct cnode)};
static struct razor_vec pools = {.elsize = sizeof(struct cpool)};
static uint32_t node_free, pool_free_list;
static uint32_t *node_hash, *pool_hash; /* chains' heads, power-of-2 sizes */
static size_t node_cap, pool_cap, node_count, pool_count;

static inline struct cnode *node(uint32_t i) {
  return (struct cnode *)nodes.data + i;
}
static inline struct cpool *pool_at(uint32_t i) {
  return (struct cpool *)pools.data + i;
}
static inline size_t slot_of(uintptr_t key, size_t cap) {
  return (size_t)razor_mix64(key) & (cap - 1);
}

/* Doubles a chain hash's heads (*HASH, *CAP) when it holds COUNT entries,
 * rechaining them (NEXT: an entry's chain link, KEY: its key).  0, or -1
 * when out of memory (the hash stays as it was, and still works). */
static int hash_grow(uint32_t **hash, size_t *cap, size_t count,
                     uint32_t *(*next)(uint32_t), uintptr_t (*key)(uint32_t)) {
  if (*hash && count < *cap)
    return 0;
  size_t ncap = *cap ? *cap * 2 : 1024;
  uint32_t *nh = razor_map(ncap * sizeof *nh);
  if (!nh)
    return *hash ? 0 : -1;
  if (*hash) {
    for (size_t s = 0; s < *cap; s++)
      for (uint32_t i = (*hash)[s], j; i; i = j) {
        j = *next(i);
        size_t d = slot_of(key(i), ncap);
        *next(i) = nh[d];
        nh[d] = i;
      }
    razor_unmap(*hash, *cap * sizeof **hash);
  }
  *hash = nh;
  *cap = ncap;
  return 0;
}

static uint32_t *node_next(uint32_t i) { return &node(i)->hnext; }
static uintptr_t node_key(uint32_t i) { return node(i)->ptr; }
static uint32_t *pool_next(uint32_t i) { return &pool_at(i)->hnext; }
static uintptr_t pool_key(uint32_t i) { return pool_at(i)->key; }

/* The node of block PTR; 0: not registered.  *LINK: the chain link that
 * points to it (or would). */
static uint32_t node_find(uintptr_t ptr, uint32_t **link) {
  *link = NULL;
  if (!node_hash)
    return 0;
  uint32_t *l = &node_hash[slot_of(ptr, node_cap)];
  while (*l && node(*l)->ptr != ptr)
    l = &node(*l)->hnext;
  *link = l;
  return *l;
}

static uint32_t pool_find(uintptr_t key, uint32_t **link) {
  *link = NULL;
  if (!pool_hash)
    return 0;
  uint32_t *l = &pool_hash[slot_of(key, pool_cap)];
  while (*l && pool_at(*l)->key != key)
    l = &pool_at(*l)->hnext;
  *link = l;
  return *l;
}

/* Takes node I off its pool's list; the pool goes when it is empty. */
static void pool_unlink(uint32_t i) {
  struct cnode *n = node(i);
  uint32_t *link, pi = pool_find(n->pool, &link);
  if (!pi)
    return;
  if (n->pprev)
    node(n->pprev)->pnext = n->pnext;
  else
    pool_at(pi)->head = n->pnext;
  if (n->pnext)
    node(n->pnext)->pprev = n->pprev;
  n->pprev = n->pnext = 0;
  if (!pool_at(pi)->head) {
    *link = pool_at(pi)->hnext;
    pool_at(pi)->hnext = pool_free_list;
    pool_free_list = pi;
    pool_count--;
  }
}

/* Puts node I on the list of pool KEY, made when it has none: 0, or -1
 * when out of memory. */
static int pool_link(uint32_t i, uintptr_t key) {
  uint32_t *link, pi = pool_find(key, &link);
  if (!pi) {
    if (hash_grow(&pool_hash, &pool_cap, pool_count, pool_next,
                  pool_key) < 0)
      return -1;
    if (pool_free_list) {
      pi = pool_free_list;
      pool_free_list = pool_at(pi)->hnext;
    } else {
      if (!pools.len && !razor_vec_push(&pools)) /* index 0: none */
        return -1;
      if (!razor_vec_push(&pools))
        return -1;
      pi = (uint32_t)(pools.len - 1);
    }
    pool_find(key, &link);
    *pool_at(pi) = (struct cpool){key, 0, *link};
    *link = pi;
    pool_count++;
  }
  struct cnode *n = node(i);
  n->pool = key;
  n->pprev = 0;
  n->pnext = pool_at(pi)->head;
  if (n->pnext)
    node(n->pnext)->pprev = i;
  pool_at(pi)->head = i;
  return 0;
}

/* Registers block PTR of pool POOL (0: razor_malloclike's, on no list). */
static void registry_add(uintptr_t ptr, uintptr_t pool) {
  uint32_t *link, i = node_find(ptr, &link);
  if (i) { /* registered again without a give-back: it moves */
    if (node(i)->pool)
      pool_unlink(i);
    node(i)->pool = 0;
  } else {
    if (hash_grow(&node_hash, &node_cap, node_count, node_next,
                  node_key) < 0) {
      razor_note_dropped();
      return;
    }
    if (node_free) {
      i = node_free;
      node_free = node(i)->hnext;
    } else {
      if ((!nodes.len && !razor_vec_push(&nodes)) || !razor_vec_push(&nodes)) {
        razor_note_dropped();
        return;
      }
      i = (uint32_t)(nodes.len - 1);
    }
    node_find(ptr, &link);
    *node(i) = (struct cnode){ptr, 0, *link, 0, 0, 0};
    *link = i;
    node_count++;
  }
  if (pool && pool_link(i, pool) < 0)
    razor_note_dropped(); /* registered, but not on its pool's list */
}

/* Takes node I (at chain link LINK) out of the registry. */
static void registry_drop(uint32_t i, uint32_t *link) {
  if (node(i)->pool)
    pool_unlink(i);
  *link = node(i)->hnext;
  node(i)->ptr = 0;
  node(i)->hnext = node_free;
  node_free = i;
  node_count--;
}

/* The registry's lock, with the thread's guard (a signal handler's client
 * call meanwhile is ignored).  0 when the thread is inside the runtime. */
static int registry_enter(struct razor_tls *t) {
  if (t->guard)
    return 0;
  t->guard = 1;
  razor_lock_acquire(&pool_lock);
  return 1;
}

static void registry_leave(struct razor_tls *t) {
  razor_lock_release(&pool_lock);
  t->guard = 0;
}

/* Block P (N bytes) handed out by POOL (0: razor_malloclike), at SITE (NULL:
 * called from code built without the plugin, KIND), while this thread
 * samples: its chunk stops counting, it counts, it is registered. */
static void client_alloc(uintptr_t pool, const void *p, size_t n,
                         struct razor_site *site, unsigned kind,
                         void *frame) {
  struct razor_tls *t = razor_tls_get();
  /* No block can be there: the first page, or beyond user space (the
   * table cannot hold it). */
  if ((uintptr_t)p < 4096 || (uintptr_t)p >> 47 || t->guard)
    return;
  razor_record_chunk_of(p, n, pool);
  razor_record_client(p, n, site, kind, frame);
  if (registry_enter(t)) {
    registry_add((uintptr_t)p, pool);
    registry_leave(t);
  }
}

/* Block P given back (by POOL, when ANY is 0): its record goes when it was
 * registered (and by that pool). */
static void client_free(uintptr_t pool, const void *p, int any) {
  struct razor_tls *t = razor_tls_get();
  if (!p || !registry_enter(t))
    return;
  uint32_t *link, i = node_find((uintptr_t)p, &link);
  int known = i && (any || node(i)->pool == pool);
  uintptr_t owner = known ? node(i)->pool : 0;
  if (known)
    registry_drop(i, link);
  registry_leave(t);
  if (known) {
    razor_record_forget_table((void *)(uintptr_t)p);
    razor_record_chunk_forget(owner, p);
  }
}

/* Every block of POOL given back: taken off the registry a batch at a
 * time, their records released outside the lock. */
static void client_clear(uintptr_t pool) {
  struct razor_tls *t = razor_tls_get();
  uintptr_t batch[256];
  for (;;) {
    size_t n = 0;
    if (!registry_enter(t))
      return;
    uint32_t *plink, pi = pool_find(pool, &plink);
    while (pi && n < sizeof batch / sizeof *batch) {
      uint32_t i = pool_at(pi)->head, *link;
      batch[n++] = node(i)->ptr;
      node_find(node(i)->ptr, &link);
      int last = !node(i)->pnext;
      registry_drop(i, link); /* the pool goes with its last block */
      if (last)
        pi = 0;
    }
    registry_leave(t);
    for (size_t k = 0; k < n; k++)
      razor_record_forget_table((void *)batch[k]);
    razor_record_chunk_forget(pool, NULL);
    if (n < sizeof batch / sizeof *batch)
      return;
  }
}

static inline int tracking_table(void) {
  return (__atomic_load_n(&__razor_tracking, __ATOMIC_RELAXED) &
          RAZOR_TRACKING_TABLE) != 0;
}

/* ---- razortrace.h's functions, for code built without the plugin: at
 * the user's call into it ---- */

RAZOR_EXPORT void razor_malloclike(const void *p, size_t n) {
  if (RAZOR_UNLIKELY(__razor_sampling))
    client_alloc(0, p, n, NULL, RAZOR_KIND_razor_malloclike,
                 __builtin_frame_address(0));
}

RAZOR_EXPORT void razor_pool_alloc(const void *pool, const void *p,
                                   size_t n) {
  if (RAZOR_UNLIKELY(__razor_sampling) && pool)
    client_alloc((uintptr_t)pool, p, n, NULL, RAZOR_KIND_razor_pool_alloc,
                 __builtin_frame_address(0));
}

RAZOR_EXPORT void razor_freelike(const void *p) {
  if (RAZOR_UNLIKELY(tracking_table()))
    client_free(0, p, 1);
}

RAZOR_EXPORT void razor_pool_free(const void *pool, const void *p) {
  if (RAZOR_UNLIKELY(tracking_table()) && pool)
    client_free((uintptr_t)pool, p, 0);
}

RAZOR_EXPORT void razor_pool_clear(const void *pool) {
  if (RAZOR_UNLIKELY(tracking_table()) && pool)
    client_clear((uintptr_t)pool);
}

/* ---- what code built with the plugin calls (razor_fns.def), behind its
 * inline test: the call's site record last ---- */

RAZOR_EXPORT void __razor_razor_malloclike(const void *p, size_t n,
                                           struct razor_site *site) {
  if (__razor_sampling && site)
    client_alloc(0, p, n, site, 0, __builtin_frame_address(0));
}

RAZOR_EXPORT void __razor_razor_pool_alloc(const void *pool, const void *p,
                                           size_t n, struct razor_site *site) {
  if (__razor_sampling && pool && site)
    client_alloc((uintptr_t)pool, p, n, site, 0, __builtin_frame_address(0));
}

RAZOR_EXPORT void __razor_razor_freelike(const void *p,
                                         struct razor_site *site) {
  razor_freelike(p);
}

RAZOR_EXPORT void __razor_razor_pool_free(const void *pool, const void *p,
                                          struct razor_site *site) {
  razor_pool_free(pool, p);
}

RAZOR_EXPORT void __razor_razor_pool_clear(const void *pool,
                                           struct razor_site *site) {
  razor_pool_clear(pool);
}

/* Takes (LOCK set) or releases this file's lock and the record owner's
 * chunk lock around fork() (razor_init.c). */
RAZOR_RESIDENT void razor_pool_fork_lock(int lock) {
  if (lock) {
    razor_lock_acquire(&pool_lock);
    razor_record_chunk_fork_lock(1);
  } else {
    razor_record_chunk_fork_lock(0);
    razor_lock_release(&pool_lock);
  }
}
