/* razor_stack.c - allocation call stacks, collected on the hot path: a
 * frame-pointer walk bounded by the thread's stack, and a lock-free stack
 * depot (insert-once, keyed by hash, as compiler-rt's StackDepot) that turns
 * a stack into a 32-bit id.  Only probes with `traceback` pay for it.
 * Nothing here symbolises or formats (see razor_symbolize.c). */
#include <pthread.h>
#include <string.h>

#include "razor_flags.h"
#include "razor_stack.h"
#include "razor_mem.h"
#include "razor_tls.h"

/* ---- the thread's stack bounds (razor_tls.h: stack_lo, stack_hi) ---- */

/* Fills thread T's stack bounds once.  Returns 0, or -1 when they cannot
 * be known (then no stack is ever captured on this thread).  May allocate
 * (glibc reads /proc/self/maps for the main thread): the caller has the
 * recursion guard set and holds no runtime lock. */
static int bounds_init(struct razor_tls *t) {
  if (t->stack_hi)
    return 0;
  if (t->stack_failed)
    return -1;
  pthread_attr_t a;
  void *addr;
  size_t size;
  if (pthread_getattr_np(pthread_self(), &a)) {
    t->stack_failed = 1;
    return -1;
  }
  int r = pthread_attr_getstack(&a, &addr, &size);
  pthread_attr_destroy(&a);
  if (r || !addr || !size) {
    t->stack_failed = 1;
    return -1;
  }
  t->stack_lo = (uintptr_t)addr;
  t->stack_hi = (uintptr_t)addr + size;
  return 0;
}

/* ---- the depot ---- */

#define DEPOT_BUCKET_BITS 16
#define DEPOT_BUCKETS (1u << DEPOT_BUCKET_BITS)
#define DEPOT_CHUNK 4096u
#define DEPOT_CHUNKS 4096u /* at most 16M distinct stacks */
#define DEPOT_BUF (64u * 1024u)

struct depot_node {
  uint32_t next; /* id of the next node in the bucket, 0 ends */
  uint32_t hash;
  uint32_t n;
  uint32_t pad;
  uintptr_t pcs[];
};

static atomic_uint depot_head[DEPOT_BUCKETS];    /* bucket -> first id */
static _Atomic(struct depot_node **) depot_map[DEPOT_CHUNKS]; /* id -> node */
static atomic_uint depot_next_id = 1;
/* How many stacks were stored: the debug counter of tests and benchmarks. */
static atomic_ulong depot_captures;

/* Nodes come from a per-thread bump buffer in mmap memory (never the traced
 * allocator, never a lock; razor_tls.h: depot_cur, depot_left), which the
 * thread's block hands on to the next thread. */

static struct depot_node *node_alloc(uint32_t n) {
  size_t bytes = (sizeof(struct depot_node) + n * sizeof(uintptr_t) + 15) &
                 ~(size_t)15;
  struct razor_tls *t = razor_tls_get();
  if (bytes > t->depot_left) {
    char *c = razor_map(DEPOT_BUF);
    if (!c)
      return NULL;
    t->depot_cur = c;
    t->depot_left = DEPOT_BUF;
  }
  struct depot_node *d = (struct depot_node *)t->depot_cur;
  t->depot_cur += bytes;
  t->depot_left -= bytes;
  return d;
}

static struct depot_node *node_get(uint32_t id) {
  uint32_t ci = id / DEPOT_CHUNK;
  if (!id || ci >= DEPOT_CHUNKS)
    return NULL;
  struct depot_node **c =
      atomic_load_explicit(&depot_map[ci], memory_order_acquire);
  return c ? __atomic_load_n(&c[id % DEPOT_CHUNK], __ATOMIC_ACQUIRE) : NULL;
}

/* Publishes NODE under ID in the id map.  Returns -1 when out of memory. */
static int node_set(uint32_t id, struct depot_node *node) {
  uint32_t ci = id / DEPOT_CHUNK;
  if (ci >= DEPOT_CHUNKS)
    return -1;
  struct depot_node **c =
      atomic_load_explicit(&depot_map[ci], memory_order_acquire);
  if (!c) {
    struct depot_node **fresh = razor_map(DEPOT_CHUNK * sizeof *fresh);
    if (!fresh)
      return -1;
    if (atomic_compare_exchange_strong_explicit(&depot_map[ci], &c, fresh,
                                                memory_order_acq_rel,
                                                memory_order_acquire))
      c = fresh;
    else
      razor_unmap(fresh, DEPOT_CHUNK * sizeof *fresh); /* c: the winner's */
  }
  __atomic_store_n(&c[id % DEPOT_CHUNK], node, __ATOMIC_RELEASE);
  return 0;
}

static uint32_t stack_hash(const uintptr_t *pcs, uint32_t n) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  for (uint32_t i = 0; i < n; i++) {
    h = (h ^ pcs[i]) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  return (uint32_t)h ^ (uint32_t)(h >> 32);
}

/* The id of the stack in bucket list starting at ID, or 0. */
static uint32_t depot_find(uint32_t id, uint32_t hash, const uintptr_t *pcs,
                           uint32_t n) {
  for (; id;) {
    struct depot_node *d = node_get(id);
    if (!d)
      return 0;
    if (d->hash == hash && d->n == n && !memcmp(d->pcs, pcs, n * sizeof *pcs))
      return id;
    id = d->next;
  }
  return 0;
}

/* Stores the stack PCS[0..N) (innermost first) once and returns its id;
 * the same stack always gets the same id.  Returns 0 for N 0 or when out of
 * memory.  Lock-free, any thread. */
uint32_t razor_depot_put(const uintptr_t *pcs, uint32_t n) {
  if (!n)
    return 0;
  uint32_t h = stack_hash(pcs, n);
  atomic_uint *bucket = &depot_head[h & (DEPOT_BUCKETS - 1)];
  struct depot_node *mine = NULL;
  uint32_t mine_id = 0;
  for (;;) {
    uint32_t head = atomic_load_explicit(bucket, memory_order_acquire);
    uint32_t id = depot_find(head, h, pcs, n);
    if (id)
      return id; /* a node of ours, if any, is left unused */
    if (!mine) {
      if (!(mine = node_alloc(n)))
        return 0;
      mine->hash = h;
      mine->n = n;
      memcpy(mine->pcs, pcs, n * sizeof *pcs);
      mine_id = atomic_fetch_add_explicit(&depot_next_id, 1,
                                          memory_order_relaxed);
      if (node_set(mine_id, mine))
        return 0;
    }
    mine->next = head;
    if (atomic_compare_exchange_weak_explicit(bucket, &head, mine_id,
                                              memory_order_release,
                                              memory_order_relaxed)) {
      atomic_fetch_add_explicit(&depot_captures, 1, memory_order_relaxed);
      return mine_id;
    }
  }
}

/* The return addresses of stack ID, innermost first; their number goes to
 * *N.  NULL (and *N 0) for id 0 or an unknown id.  The memory is the
 * depot's, valid for the rest of the process. */
const uintptr_t *razor_depot_get(uint32_t id, uint32_t *n) {
  struct depot_node *d = node_get(id);
  *n = d ? d->n : 0;
  return d ? d->pcs : NULL;
}

/* How many distinct stacks were stored so far. */
unsigned long razor_depot_count(void) {
  return atomic_load_explicit(&depot_captures, memory_order_relaxed);
}

/* ---- the walk ---- */

/* Captures the call stack above FRAME, the frame of the runtime's entry
 * point that was called by the program (an allocation hook): FRAME's saved
 * return address is the first pc, so no frame of the runtime is recorded.
 * Follows the frame-pointer chain; stops at max_frames, at a frame pointer
 * outside this thread's stack, misaligned or not above the previous one, or
 * at a null return address, so it never faults (code without frame pointers
 * ends the stack early).  Returns the depot id, 0 when nothing was
 * captured.  The caller has the recursion guard set and holds no lock. */
uint32_t razor_stack_capture(void *frame) {
  struct razor_tls *t = razor_tls_get();
  if (RAZOR_UNLIKELY(!t->stack_hi) && bounds_init(t))
    return 0;
  uint32_t max = (uint32_t)razor_flags.max_frames;
  if (max > RAZOR_MAX_FRAMES)
    max = RAZOR_MAX_FRAMES;
  uintptr_t pcs[RAZOR_MAX_FRAMES];
  uint32_t n = 0;
  uintptr_t fp = (uintptr_t)frame, lo = t->stack_lo, hi = t->stack_hi;
  while (n < max) {
    if (fp < lo || fp > hi - 2 * sizeof(uintptr_t) ||
        (fp & (sizeof(uintptr_t) - 1)))
      break;
    const uintptr_t *f = (const uintptr_t *)fp;
    uintptr_t next = f[0], pc = f[1];
    if (pc < 4096)
      break;
    pcs[n++] = pc;
    if (next <= fp)
      break;
    fp = next;
  }
  return razor_depot_put(pcs, n);
}
