/* razor_mem.c - the runtime's own memory: anonymous mappings only, so the
 * tables never go through the allocator they watch. */
#include <string.h>
#include <sys/mman.h>

#include "razor_mem.h"

static size_t page_round(size_t n) {
  return (n + 4095) & ~(size_t)4095;
}

#ifdef RAZOR_CHECKS
#include <stdlib.h>
/* Fault injection for tests (checked runtime only): RAZOR_TEST_MAP_LIMIT=N
 * lets the runtime map N times, then every mapping fails, as when the
 * process's memory runs out. */
RAZOR_RESIDENT static int map_refused(void) {
  static atomic_long left = -2;
  long n = atomic_load(&left);
  if (n == -2) {
    const char *v = getenv(RAZOR_RESIDENT_STR("RAZOR_TEST_MAP_LIMIT"));
    n = v ? atol(v) : -1;
    atomic_store(&left, n);
  }
  return n >= 0 && atomic_fetch_sub(&left, 1) <= 0;
}
#else
static inline int map_refused(void) { return 0; }
#endif

/* Maps BYTES of zeroed memory.  Returns NULL on failure. */
RAZOR_RESIDENT void *razor_map(size_t bytes) {
  if (bytes == 0 || map_refused())
    return NULL;
  void *p = mmap(NULL, page_round(bytes), PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? NULL : p;
}

/* As razor_map, with the pages faulted in now (MAP_POPULATE): one wait
 * here instead of one at each page's first touch.  Unmap with razor_unmap. */
void *razor_map_populated(size_t bytes) {
  if (bytes == 0 || map_refused())
    return NULL;
  void *p = mmap(NULL, page_round(bytes), PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
  return p == MAP_FAILED ? NULL : p;
}

/* Unmaps memory from razor_map; NULL is ignored. */
void razor_unmap(void *p, size_t bytes) {
  if (p)
    munmap(p, page_round(bytes));
}

/* Gives the pages of mapping P (BYTES, from razor_map) back to the system
 * and keeps the mapping: it reads as zeros again. */
void razor_unmap_pages(void *p, size_t bytes) {
  if (p)
    madvise(p, page_round(bytes), MADV_DONTNEED);
}

RAZOR_RESIDENT_VAR static razor_lock arena_lock;
RAZOR_RESIDENT_VAR static char *arena_cur;
RAZOR_RESIDENT_VAR static size_t arena_left;

/* Returns BYTES (rounded up to ALIGN, a power of two) of zeroed memory
 * aligned to ALIGN that is never freed, or NULL when the system is out of
 * memory.  Thread-safe. */
RAZOR_RESIDENT static void *arena_alloc(size_t bytes, size_t align) {
  bytes = (bytes + align - 1) & ~(align - 1);
  if (bytes == 0)
    bytes = align;
  razor_lock_acquire(&arena_lock);
  size_t skip = (size_t)-(uintptr_t)arena_cur & (align - 1);
  if (skip <= arena_left) {
    arena_cur += skip;
    arena_left -= skip;
  }
  if (bytes > arena_left) {
    size_t chunk = bytes > (1u << 20) ? page_round(bytes) : (1u << 20);
    char *c = razor_map(chunk);
    if (!c) {
      razor_lock_release(&arena_lock);
      return NULL;
    }
    arena_cur = c;
    arena_left = chunk;
  }
  void *r = arena_cur;
  arena_cur += bytes;
  arena_left -= bytes;
  razor_lock_release(&arena_lock);
  return r;
}

/* 16-aligned. */
RAZOR_RESIDENT void *razor_arena_alloc(size_t bytes) {
  return arena_alloc(bytes, 16);
}

void *razor_arena_alloc_line(size_t bytes) {
  return arena_alloc(bytes, RAZOR_CACHE_LINE);
}

/* Copies S (NULL reads as "") into the arena.  NULL when out of memory. */
RAZOR_RESIDENT char *razor_arena_strdup(const char *s) {
  if (!s)
    s = "";
  size_t n = strlen(s) + 1;
  char *d = razor_arena_alloc(n);
  if (d)
    memcpy(d, s, n);
  return d;
}

/* Makes room for N elements of V (v->elsize must be set).  Returns 0, or -1
 * when the mapping cannot grow (V is unchanged). */
int razor_vec_reserve(struct razor_vec *v, size_t n) {
  if (n <= v->cap)
    return 0;
  size_t cap = v->cap ? v->cap : v->small ? 4 : 64;
  while (cap < n)
    cap *= 2;
  size_t page = page_round(1);
  if (v->small && cap * v->elsize < page) { /* stays in the arena */
    void *d = razor_arena_alloc(cap * v->elsize);
    if (!d)
      return -1;
    if (v->data)
      memcpy(d, v->data, v->len * v->elsize);
    v->data = d;
    v->cap = cap;
    return 0;
  }
  int from_arena = v->small && v->data && v->cap * v->elsize < page;
  size_t oldb = page_round(v->cap * v->elsize);
  size_t newb = page_round(cap * v->elsize);
  void *d;
  if (!v->data || from_arena) {
    d = razor_map(newb);
    if (d && from_arena)
      memcpy(d, v->data, v->len * v->elsize);
  } else {
    d = mremap(v->data, oldb, newb, MREMAP_MAYMOVE);
    if (d == MAP_FAILED)
      d = NULL;
  }
  if (!d)
    return -1;
  v->data = d;
  v->cap = newb / v->elsize;
  return 0;
}

/* Appends one zeroed element to V and returns it, or NULL when out of
 * memory. */
void *razor_vec_push(struct razor_vec *v) {
  if (razor_vec_reserve(v, v->len + 1))
    return NULL;
  char *slot = (char *)v->data + v->len * v->elsize;
  memset(slot, 0, v->elsize);
  v->len++;
  return slot;
}

/* Unmaps V's storage; V is empty afterwards (elsize kept). */
RAZOR_RESIDENT void razor_vec_release(struct razor_vec *v) {
  if (v->data && !(v->small && v->cap * v->elsize < page_round(1)))
    razor_unmap(v->data, v->cap * v->elsize);
  v->data = NULL;
  v->len = v->cap = 0;
}

/* The value stored for ID in T, or NULL.  Lock-free. */
RAZOR_RESIDENT void *razor_idtab_get(struct razor_idtab *t, uint32_t id) {
  uint32_t ci = id / RAZOR_IDTAB_CHUNK;
  if (ci >= RAZOR_IDTAB_CHUNKS)
    return NULL;
  void **chunk = atomic_load_explicit(&t->chunks[ci], memory_order_acquire);
  if (!chunk)
    return NULL;
  return __atomic_load_n(&chunk[id % RAZOR_IDTAB_CHUNK], __ATOMIC_ACQUIRE);
}

/* Stores VALUE for ID.  The caller serialises writers.  Returns 0, or -1
 * when ID is out of range or memory is short. */
RAZOR_RESIDENT int razor_idtab_set(struct razor_idtab *t, uint32_t id,
                                   void *value) {
  uint32_t ci = id / RAZOR_IDTAB_CHUNK;
  if (ci >= RAZOR_IDTAB_CHUNKS)
    return -1;
  void **chunk = atomic_load_explicit(&t->chunks[ci], memory_order_acquire);
  if (!chunk) {
    chunk = razor_map(RAZOR_IDTAB_CHUNK * sizeof(void *));
    if (!chunk)
      return -1;
    atomic_store_explicit(&t->chunks[ci], chunk, memory_order_release);
  }
  __atomic_store_n(&chunk[id % RAZOR_IDTAB_CHUNK], value, __ATOMIC_RELEASE);
  return 0;
}

/* Takes (LOCK set) or releases the arena lock around fork(). */
RAZOR_RESIDENT void razor_arena_fork_lock(int lock) {
  if (lock)
    razor_lock_acquire(&arena_lock);
  else
    razor_lock_release(&arena_lock);
}

/* See razor_mem.h. */
atomic_ulong razor_dropped;
