/* razor_stack.c - allocation call stacks, collected on the hot path: a
 * frame-pointer walk bounded by the thread's stack, completed with the
 * unwind tables (libgcc's _Unwind_Backtrace) where it stops early, and a
 * lock-free stack depot (insert-once, keyed by hash, as compiler-rt's
 * StackDepot) that turns a stack into a 32-bit id.  Only probes with
 * `traceback` pay for it, and only at their suspect sites: those whose
 * retained bytes rose at several samples (razor_account.c marks them).
 * Nothing here symbolises or formats (see razor_symbolize.c). */
#include <dlfcn.h>
#include <pthread.h>
#include <string.h>
#include <sys/auxv.h>
#include <unwind.h>

#include "razor_flags.h"
#include "razor_registry.h"
#include "razor_stack.h"
#include "razor_mem.h"
#include "razor_tls.h"

/* ---- suspect sites: a byte per site id, set once, never cleared ---- */

_Atomic(unsigned char *) razor_suspect;

/* Marks site SID suspect: its blocks get stacks from now on.  Any thread,
 * any lock held (the map is mmap memory). */
void razor_site_mark_suspect(uint32_t sid) {
  if (!sid || sid >= RAZOR_SUSPECT_MAX)
    return;
  unsigned char *s = atomic_load_explicit(&razor_suspect, memory_order_acquire);
  if (!s) {
    unsigned char *fresh = razor_map(RAZOR_SUSPECT_MAX);
    if (!fresh)
      return;
    if (atomic_compare_exchange_strong_explicit(&razor_suspect, &s, fresh,
                                                memory_order_acq_rel,
                                                memory_order_acquire))
      s = fresh;
    else
      razor_unmap(fresh, RAZOR_SUSPECT_MAX); /* s: the winner's */
  }
  __atomic_store_n(&s[sid], 1, __ATOMIC_RELEASE);
}

/* See razor_stack.h: the skip count ran out; the next one is drawn. */
int razor_stack_pick(struct razor_tls *t) {
  uint64_t mean = t->stack_taken++ / RAZOR_STACK_ALL;
  if (mean <= 1) {
    t->stack_skip = 1;
    return 1;
  }
  if (!t->stack_rng)
    t->stack_rng = (uintptr_t)t * 0x9E3779B97F4A7C15ull | 1;
  t->stack_rng ^= t->stack_rng << 13; /* xorshift64 */
  t->stack_rng ^= t->stack_rng >> 7;
  t->stack_rng ^= t->stack_rng << 17;
  /* Uniform in [1, 2 * mean]: no period a program's pattern could match. */
  t->stack_skip = 1 + (uint32_t)(t->stack_rng % (2 * mean));
  return 1;
}

/* ---- the thread's stack bounds (razor_tls.h: stack_lo, stack_hi) ---- */

/* Where complete stacks end: the return addresses of the outermost frames
 * of threads (libc's __libc_start_call_main, start_thread, _start), as
 * the unwind tables give them.  A frame-pointer walk that ends elsewhere
 * (below max_frames) stopped early, at code without frame pointers, and
 * is done again with the unwind tables.  Learnt from each thread's first
 * walk; a few kinds of thread only. */
#define BOTTOMS 16
static atomic_uintptr_t bottoms[BOTTOMS];

static int is_bottom(uintptr_t pc) {
  for (unsigned i = 0; i < BOTTOMS; i++) {
    uintptr_t b = atomic_load_explicit(&bottoms[i], memory_order_relaxed);
    if (!b)
      return 0;
    if (b == pc)
      return 1;
  }
  return 0;
}

static void add_bottom(uintptr_t pc) {
  for (unsigned i = 0; i < BOTTOMS; i++) {
    uintptr_t none = 0;
    if (atomic_compare_exchange_strong(&bottoms[i], &none, pc) || none == pc)
      return;
  }
}

/* The unwinder's walk: return addresses from the one equal to FIRST on
 * (the frames of the runtime before it are skipped), at most MAX. */
struct uw_walk {
  uintptr_t *pcs;
  uint32_t n, max;
  uintptr_t first;
  int started;
};

/* ---- libgcc's unwinder, loaded at the first need ---- */

/* The runtime does not link libgcc_s: a C program would map it (about
 * 100 KB of its resident memory) and the dynamic linker look through it
 * for every symbol, for nothing unless a `traceback` probe samples.  The
 * first such activation (razor_refresh_set) or stack report loads it (a
 * C++ program has it already; a fully static one cannot load it, and its
 * stacks are frame-pointer walks). */
typedef _Unwind_Reason_Code (*uw_backtrace_fn)(_Unwind_Trace_Fn, void *);
typedef _Unwind_Ptr (*uw_getip_fn)(struct _Unwind_Context *);
static _Atomic(uw_backtrace_fn) uw_backtrace;
static uw_getip_fn uw_getip;
static razor_find_fde_fn *uw_find_fde;

/* Weak: a fully static link (which could not use it) takes no dlopen from
 * libc.a, and no warning that it needs the shared libraries at run time
 * (libtool's test of -static then fails, -Wl,--fatal-warnings too). */
#pragma weak dlopen

void razor_unwind_load(void) {
  static atomic_int tried;
  if (atomic_load_explicit(&tried, memory_order_acquire) ||
      atomic_exchange(&tried, 1))
    return;
  /* A static program (no dynamic linker: AT_BASE 0) would load a second
   * libc with it. */
  void *h = getauxval(AT_BASE) && dlopen
                ? dlopen("libgcc_s.so.1", RTLD_NOW | RTLD_LOCAL)
                : NULL;
  if (!h)
    return;
  uw_getip = (uw_getip_fn)dlsym(h, "_Unwind_GetIP");
  uw_find_fde = (razor_find_fde_fn *)dlsym(h, "_Unwind_Find_FDE");
  if (uw_getip)
    atomic_store_explicit(&uw_backtrace,
                          (uw_backtrace_fn)dlsym(h, "_Unwind_Backtrace"),
                          memory_order_release);
}

razor_find_fde_fn *razor_unwind_find_fde(void) {
  razor_unwind_load();
  return atomic_load_explicit(&uw_backtrace, memory_order_acquire)
             ? uw_find_fde
             : NULL;
}

static _Unwind_Reason_Code uw_frame(struct _Unwind_Context *c, void *arg) {
  struct uw_walk *w = arg;
  uintptr_t pc = (uintptr_t)uw_getip(c);
  if (!pc)
    return _URC_END_OF_STACK;
  if (!w->started) {
    if (w->first && pc != w->first)
      return _URC_NO_REASON;
    w->started = 1;
  }
  if (w->n >= w->max)
    return _URC_END_OF_STACK;
  w->pcs[w->n++] = pc;
  return _URC_NO_REASON;
}

/* The stack from return address FIRST (0: from the caller of this
 * function's caller) through the unwind tables into PCS (at most MAX);
 * returns how many, 0 when FIRST was not found.  libgcc's unwinder finds
 * each frame's table with glibc's _dl_find_object and allocates nothing;
 * should a version allocate, the caller's guard keeps it untraced. */
static uint32_t unwind_walk(uintptr_t first, uintptr_t *pcs, uint32_t max) {
  uw_backtrace_fn backtrace =
      atomic_load_explicit(&uw_backtrace, memory_order_acquire);
  if (!backtrace)
    return 0; /* not loaded (yet): the frame-pointer walk alone */
  struct uw_walk w = {pcs, 0, max, first, 0};
  backtrace(uw_frame, &w);
  return w.started ? w.n : 0;
}

/* Learns where this thread's stack ends (see bottoms): its last three
 * return addresses (the C start-up code's, or the thread library's). */
static void learn_bottom(void) {
  uintptr_t pcs[RAZOR_MAX_FRAMES * 4];
  uint32_t n = unwind_walk(0, pcs, sizeof pcs / sizeof pcs[0]);
  if (n == sizeof pcs / sizeof pcs[0])
    return; /* deeper than that: the end is not known */
  for (uint32_t i = n > 3 ? n - 3 : 0; i < n; i++)
    add_bottom(pcs[i]);
}

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
  learn_bottom();
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
  uint32_t cut; /* 1: the stack went on past max_frames */
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

static uint32_t stack_hash(const uintptr_t *pcs, uint32_t n, uint32_t cut) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n ^ ((uint64_t)cut << 32);
  for (uint32_t i = 0; i < n; i++) {
    h = (h ^ pcs[i]) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  return (uint32_t)h ^ (uint32_t)(h >> 32);
}

/* The id of the stack in bucket list starting at ID, or 0. */
static uint32_t depot_find(uint32_t id, uint32_t hash, const uintptr_t *pcs,
                           uint32_t n, uint32_t cut) {
  for (; id;) {
    struct depot_node *d = node_get(id);
    if (!d)
      return 0;
    if (d->hash == hash && d->n == n && d->cut == cut &&
        !memcmp(d->pcs, pcs, n * sizeof *pcs))
      return id;
    id = d->next;
  }
  return 0;
}

/* Stores the stack PCS[0..N) (innermost first) once and returns its id;
 * the same stack always gets the same id.  CUT: the stack went on past
 * PCS[N - 1] (it was cut at max_frames); a cut stack is not the same as
 * an uncut one with the same addresses.  Returns 0 for N 0 or when out of
 * memory.  Lock-free, any thread. */
uint32_t razor_depot_put_cut(const uintptr_t *pcs, uint32_t n, int cut) {
  if (!n)
    return 0;
  uint32_t c = cut != 0;
  uint32_t h = stack_hash(pcs, n, c);
  atomic_uint *bucket = &depot_head[h & (DEPOT_BUCKETS - 1)];
  struct depot_node *mine = NULL;
  uint32_t mine_id = 0;
  for (;;) {
    uint32_t head = atomic_load_explicit(bucket, memory_order_acquire);
    uint32_t id = depot_find(head, h, pcs, n, c);
    if (id)
      return id; /* a node of ours, if any, is left unused */
    if (!mine) {
      if (!(mine = node_alloc(n)))
        return 0;
      mine->hash = h;
      mine->n = n;
      mine->cut = c;
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

uint32_t razor_depot_put(const uintptr_t *pcs, uint32_t n) {
  return razor_depot_put_cut(pcs, n, 0);
}

/* The return addresses of stack ID, innermost first; their number goes to
 * *N.  NULL (and *N 0) for id 0 or an unknown id.  The memory is the
 * depot's, valid for the rest of the process. */
const uintptr_t *razor_depot_get(uint32_t id, uint32_t *n) {
  struct depot_node *d = node_get(id);
  *n = d ? d->n : 0;
  return d ? d->pcs : NULL;
}

/* 1 when stack ID was cut at max_frames (the program's stack went on). */
int razor_depot_cut(uint32_t id) {
  struct depot_node *d = node_get(id);
  return d && d->cut;
}

/* How many distinct stacks were stored so far. */
unsigned long razor_depot_count(void) {
  return atomic_load_explicit(&depot_captures, memory_order_relaxed);
}

/* ---- the walk ---- */

/* How many stacks the unwind tables completed: the debug counter of tests
 * and benchmarks. */
static atomic_ulong unwound;

unsigned long razor_stack_unwound(void) {
  return atomic_load_explicit(&unwound, memory_order_relaxed);
}

/* Captures the call stack above FRAME, the frame of the runtime's entry
 * point that was called by the program (an allocation hook): FRAME's saved
 * return address is the first pc, so no frame of the runtime is recorded.
 * Follows the frame-pointer chain; stops at max_frames, at a frame pointer
 * outside this thread's stack, misaligned or not above the previous one, or
 * at a null return address, so it never faults.  When the walk ends
 * anywhere but at the end of the thread's stack (code without frame
 * pointers on the way), or FOREIGN (the allocation's caller is code built
 * without the plugin, whose frames a walk may skip without noticing), the
 * stack is walked again with the unwind tables; so is every stack once
 * an instrumented module without frame pointers registered.  Returns the
 * depot id, 0 when nothing was captured.  The caller has the recursion
 * guard set and holds no lock. */
uint32_t razor_stack_capture(void *frame, int foreign) {
  struct razor_tls *t = razor_tls_get();
  if (RAZOR_UNLIKELY(!t->stack_hi) && bounds_init(t))
    return 0;
  uint32_t max = (uint32_t)razor_flags.max_frames;
  if (max > RAZOR_MAX_FRAMES)
    max = RAZOR_MAX_FRAMES;
  if (!max)
    return 0;
  /* One address more than is kept: when it is there, the stack was cut
   * at max_frames, and the report says so. */
  uint32_t lim = max + 1;
  uintptr_t pcs[RAZOR_MAX_FRAMES + 1];
  uint32_t n = 0;
  /* A function without a frame pointer is skipped by the walk without a
   * trace (its caller's frame is read as its own): unless every
   * instrumented module kept them (RAZOR_MODULE_FRAME_POINTERS, files
   * with a `traceback` probe or built to), the unwind tables walk. */
  if (!atomic_load_explicit(&razor_modules_frame_pointers,
                            memory_order_relaxed) &&
      (uintptr_t)frame >= t->stack_lo &&
      (uintptr_t)frame <= t->stack_hi - 2 * sizeof(uintptr_t)) {
    n = unwind_walk(((const uintptr_t *)frame)[1], pcs, lim);
    if (n) {
      atomic_fetch_add_explicit(&unwound, 1, memory_order_relaxed);
      return razor_depot_put_cut(pcs, n > max ? max : n, n > max);
    }
  }
  uintptr_t fp = (uintptr_t)frame, lo = t->stack_lo, hi = t->stack_hi;
  while (n < lim) {
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
  if (n && n < lim && (foreign || !is_bottom(pcs[n - 1]))) {
    uintptr_t more[RAZOR_MAX_FRAMES + 1];
    uint32_t m = unwind_walk(pcs[0], more, lim);
    if (m > n || (foreign && m)) {
      memcpy(pcs, more, m * sizeof *pcs);
      n = m;
      atomic_fetch_add_explicit(&unwound, 1, memory_order_relaxed);
    }
  }
  return razor_depot_put_cut(pcs, n > max ? max : n, n > max);
}
