/* razor_internal.h - declarations shared by the runtime's files.
 *
 * Roles: razor_mem.c (mmap memory), razor_heap.c (pointer table),
 * razor_probe.c (sites, probes, activations, samples), razor_stack.c
 * (stack walk and depot), razor_symbolize.c (report-time symbols),
 * razor_report.c (snapshot, text and JSON), razor_flags.c (RAZOR_OPTIONS),
 * razor_rtl.c (initialisation and every entry point).  Nothing here is exported.
 */
#ifndef RAZOR_INTERNAL_H
#define RAZOR_INTERNAL_H

#include <errno.h>
#include <sched.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "razor_abi.h"
#include "razortrace.h"

#define RAZOR_EXPORT __attribute__((visibility("default")))
#define RAZOR_LIKELY(x) __builtin_expect(!!(x), 1)
#define RAZOR_UNLIKELY(x) __builtin_expect(!!(x), 0)

/* Deeper activations on one thread are not sampled. */
#define RAZOR_MAX_DEPTH 64
/* At most this many samples are printed per site (first and last kept). */
#define RAZOR_MAX_PRINTED 64
/* Entries of a thread's cache of contexts (razor_probe.c). */
#define RAZOR_CTX_CACHE 16
/* Entries of a thread's caches of pending entries and "via" records, and
 * of its probe sets (razor_probe.c). */
#define RAZOR_ACCT_CACHE 16
#define RAZOR_SET_CACHE 8
/* Releases a thread's signal handlers can leave for it (razor_probe.c). */
#define RAZOR_DEFERRED 16

/* ---- spinlock (never held across a libc allocation call) ---- */
typedef struct { atomic_int v; } razor_lock;

static inline void razor_lock_acquire(razor_lock *l) {
  for (unsigned spins = 0;; spins++) {
    if (!atomic_load_explicit(&l->v, memory_order_relaxed) &&
        !atomic_exchange_explicit(&l->v, 1, memory_order_acquire))
      return;
    if (spins > 64)
      sched_yield();
  }
}

static inline void razor_lock_release(razor_lock *l) {
  atomic_store_explicit(&l->v, 0, memory_order_release);
}

/* ---- razor_mem.c ---- */
void *razor_map(size_t bytes);
void *razor_map_populated(size_t bytes);
void razor_unmap(void *p, size_t bytes);
void *razor_arena_alloc(size_t bytes);
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

/* ---- razor_heap.c ---- */
/* A tracked block, as the table hands it out (an entry packs it into 16
 * bytes).  Its context CTX (razor_ctx_of) names its site and probe set. */
struct razor_block {
  uintptr_t ptr;
  uint64_t size;
  uint32_t site;
  uint32_t set;    /* the probes it counts for, and the allocating thread */
  uint32_t ctx;    /* razor_ctx_of(set, site) */
  uint32_t serial; /* the thread's last activation token when allocated;
                      the table keeps its low 16 bits (razor_probe.c) */
};
int razor_heap_insert(const struct razor_block *b, struct razor_block *old,
                      int young);
int razor_heap_stale(struct razor_block *out);
void razor_heap_thread_exit(void);
int razor_heap_remove(uintptr_t ptr, struct razor_block *out);
int razor_heap_contains(uintptr_t ptr);
void razor_heap_fork_lock(int lock);

/* ---- razor_flags.c: see razor_flags.h ---- */
#include "razor_flags.h"

/* ---- razor_probe.c ---- */
enum {
  RAZOR_OPT_TRACEBACK = 1u << 0,
  RAZOR_OPT_CLEAR = 1u << 1,
  RAZOR_OPT_NOSTRICT = 1u << 2,
  RAZOR_OPT_DEBUG = 1u << 3,
};

struct razor_point {
  uint64_t k;
  int64_t bytes;
};

/* Live bytes and blocks of one (probe, site), and its sampled series. */
struct razor_counter {
  uint32_t probe, site;
  atomic_llong bytes, blocks;
  struct razor_counter *next; /* the probe's list; fixed once published */
  /* Guarded by the probe's lock: */
  struct razor_vec series; /* change points (k, bytes), k ascending */
  int64_t last_bytes, last_blocks;
  int reclaimed;
  atomic_uint stack; /* depot id of the first block since reset; 0: none */
};

struct razor_probe {
  uint32_t index;
  const char *name, *trigger, *file, *dir;
  uint32_t line;
  void (*fn)(void);
  unsigned opts;
  int created, valid;
  atomic_int destroyed;
  atomic_uint epoch; /* read by every traced allocation and release */
  _Atomic(struct razor_counter *) counters;
  atomic_uint env_gen;
  atomic_int trig_on;
  /* What every sampled call writes, a cache line away from the above
   * (threads sampling at once keep it moving). */
  char pad[64];
  razor_lock lock; /* calls, counters' series */
  uint64_t calls;
};

struct razor_act {
  struct razor_probe *probe;
  void *frame; /* NULL: begun through the C API */
  uint32_t token;
  uint32_t nested; /* unsampled razor_probe_begin calls inside it */
};

/* __razor_sampling (razor_abi.h): this thread's sampled activations open,
 * the hot-path test. */
struct razor_tls {
  uint32_t depth;
  uint32_t set_id;
  uint32_t set_gen;
  uint32_t next_token;
  int guard;
  int resolving;
  int want_stack; /* a sampled probe of this thread has `traceback` */
  uint32_t thread_idx;       /* this thread's number, from 1; 0: none yet */
  struct razor_pend *pend;   /* see razor_probe.c: counts not yet published */
  struct young *young;       /* see razor_heap.c: this thread's new blocks */
  unsigned heap_stale;       /* entries razor_heap_stale has to hand out */
  struct razor_act stack[RAZOR_MAX_DEPTH];
  /* Recent razor_ctx_of answers: (set << 32 | site) -> context. */
  uint64_t ctx_key[RAZOR_CTX_CACHE];
  uint32_t ctx_id[RAZOR_CTX_CACHE];
  /* razor_account's cache (razor_probe.c): context -> this thread's
   * pending entry for it while one activation is open. */
  uint32_t acct_ctx[RAZOR_ACCT_CACHE], acct_set[RAZOR_ACCT_CACHE];
  struct pend_entry *acct_e[RAZOR_ACCT_CACHE];
  /* Sites known to have a "via" record (razor_probe.c): id << 1, | 1 when
   * that record has a location. */
  uint32_t via_ok[RAZOR_ACCT_CACHE];
  /* Recent probe sets of this thread (razor_probe.c): hash -> id. */
  uint32_t set_cache_h[RAZOR_SET_CACHE], set_cache_id[RAZOR_SET_CACHE];
  /* Records of headed blocks a signal handler released while this thread
   * was inside the runtime, to take off once it is out (razor_probe.c). */
  struct {
    uint32_t ctx, serial;
    uint64_t size;
  } deferred[RAZOR_DEFERRED];
  atomic_uint ndeferred;
};
extern __thread struct razor_tls razor_tls
    __attribute__((tls_model("initial-exec")));

extern atomic_uint razor_env_gen;
extern atomic_uint razor_epoch_gen;
extern atomic_int razor_disabled;

uint32_t razor_site_register(struct razor_site *s);
/* Contexts: a (probe set, site) pair as a RAZOR_CTX_BITS-bit id, for the
 * pointer table's entries.  Ids are never reused; 0: none (out of ids or
 * memory).  razor_ctx_get is lock-free: any thread, under any lock. */
#define RAZOR_CTX_BITS 28
#define RAZOR_CTX_MAX ((1u << RAZOR_CTX_BITS) - 1)
#define RAZOR_CTX_CHUNK_BITS 16
#define RAZOR_CTX_CHUNK (1u << RAZOR_CTX_CHUNK_BITS)
/* Chunks of set << 32 | site by id; a chunk never moves. */
#define RAZOR_CTX_CHUNKS ((RAZOR_CTX_MAX >> RAZOR_CTX_CHUNK_BITS) + 1)
extern _Atomic(uint64_t *) razor_ctx_chunks[RAZOR_CTX_CHUNKS];
uint32_t razor_ctx_of(uint32_t set, uint32_t site);

static inline uint64_t razor_ctx_key(uint32_t ctx) {
  uint64_t *chunk = atomic_load_explicit(
      &razor_ctx_chunks[(ctx & RAZOR_CTX_MAX) >> RAZOR_CTX_CHUNK_BITS],
      memory_order_acquire);
  return chunk ? chunk[ctx & (RAZOR_CTX_CHUNK - 1)] : 0;
}

static inline void razor_ctx_get(uint32_t ctx, uint32_t *set, uint32_t *site) {
  uint64_t key = razor_ctx_key(ctx);
  *set = (uint32_t)(key >> 32);
  *site = (uint32_t)key;
}
void razor_module_fini(struct razor_site *sb, struct razor_site *se,
                       struct razor_probe_desc *pb,
                       struct razor_probe_desc *pe);
struct razor_site *razor_site_get(uint32_t id);
struct razor_site *razor_site_via(uint32_t id);
int razor_parse_spec(const char *spec, const char **trigger, unsigned *opts,
                     char *err, size_t errlen);
struct razor_probe *razor_probe_of(struct razor_probe_desc *d);
struct razor_probe *razor_probe_new(const char *name, const char *trigger,
                                    unsigned opts);
struct razor_probe *razor_probe_get(uint32_t index);
uint32_t razor_probe_count(void);
void razor_probe_do_reset(struct razor_probe *p);
int64_t razor_counter_value_at(const struct razor_counter *c, uint64_t k);
/* FRAME: where the caller runs (NULL: take the callee\'s own). */
void razor_track_alloc(void *ptr, uint64_t size, struct razor_site *site,
                       void *frame);
void razor_track_free(void *ptr);
void razor_track_mapping(void *ptr, uint64_t size, struct razor_site *site);
void razor_track_free_table(void *ptr);
int razor_track_fresh(uint64_t *h, uint64_t n, struct razor_site *site,
                      int foreign);
void razor_track_foreign(void *ptr, uint64_t size, unsigned kind,
                         void *frame);

/* __razor_tracking's bits: blocks may be tracked (a probe sampled once);
 * bootstrap blocks were handed out (frees must look at each pointer); the
 * pointer table holds (or held) an entry, so a release that finds no
 * header must look there. */
enum {
  RAZOR_TRACKING_BLOCKS = 1,
  RAZOR_TRACKING_BOOT = 2,
  RAZOR_TRACKING_TABLE = 4
};

/* ---- block headers (razor_rtl.c) ----
 *
 * With glibc's malloc behind the runtime's (no sanitizer, no other
 * allocator, no Valgrind tool that replaces malloc), what is allocated
 * while a probe samples on the thread carries 16 bytes in front of it:
 *
 *   q - 16: tag(q) | serial   tag: the top 48 bits of a keyed hash of q;
 *                             serial: the low 16 bits of the allocating
 *                             thread's token (razor_block.serial)
 *   q - 8:  ctx << 36 | size  ctx 0: not tracked (a header all the same)
 *
 * where q is the address the program gets (malloc's result plus 16, so
 * still 16-aligned).  The record of a tracked block is then its header:
 * no table insert on allocation, no lookup on release.  Any pointer freed
 * can be tested: glibc keeps its own chunk header at q - 16, so that word
 * is always mapped; it holds the tag only in front of a block of ours
 * (the runtime clears it before a block goes back to glibc).  What the
 * runtime does not allocate itself (aligned allocations, resources) stays
 * in the pointer table.  Decided once, before any block is allocated.
 *
 * Sizes where 16 more bytes would change how glibc serves a block get no
 * header (razor_hdr_fits), and such blocks are recorded in the table:
 * - 1017 to 1032 bytes (1024 among them): glibc's tcache holds blocks of
 *   up to 1032; with a header such a block would go to the large bins,
 *   where each request first consolidates the fast bins.  This holds for
 *   new blocks only: a realloc, which glibc serves from its bins anyway,
 *   keeps a block's header through these sizes.
 * - over RAZOR_HDR_MAX_SIZE: with a header, a block just under glibc's
 *   default mmap threshold (128 KiB) would get a mapping of its own; and a
 *   mapped block's usable size is its pages', which the header would
 *   shift.  A headed block a realloc makes larger moves to the table. */
#define RAZOR_HDR_BYTES 16
#define RAZOR_HDR_SIZE_BITS 36
#define RAZOR_HDR_MAX_SIZE (128 * 1024 - 48)

/* True when a new block of N bytes gets a header (see above). */
static inline int razor_hdr_fits(size_t n) {
  return n <= RAZOR_HDR_MAX_SIZE && n - 1017 >= 16;
}
extern int razor_headers;
extern uint64_t razor_hdr_key;

/* What to ask glibc for, for a block of N bytes and its header.  At least
 * 24 bytes for the block: glibc's smallest chunk has that many usable, and
 * malloc_usable_size then says for every small block what it says without
 * razortrace. */
static inline size_t razor_hdr_bytes(size_t n) {
  return (n < 24 ? 24 : n) + RAZOR_HDR_BYTES;
}

static inline uint64_t razor_hdr_tag(uintptr_t q) {
  return ((q ^ razor_hdr_key) * 0x9E3779B97F4A7C15ull) & ~(uint64_t)0xFFFF;
}

/* What a block of ours released to glibc keeps at q - 8 unless glibc
 * writes there (razor_rtl.c): bit 63 set, which no chunk size has. */
#define RAZOR_HDR_FREED_MARK (~0ull)

/* A header's context (0: no record) and size, from its word at q - 8. */
static inline uint32_t razor_hdr_ctx(uint64_t info) {
  return (uint32_t)(info >> RAZOR_HDR_SIZE_BITS);
}
static inline uint64_t razor_hdr_size(uint64_t info) {
  return info & ((1ull << RAZOR_HDR_SIZE_BITS) - 1);
}

/* Gives the memory of a block of ours (header H, record already taken)
 * back to glibc: its tag goes first, so no stale tag is ever left where a
 * later block's header could be read, and the freed mark stays at q - 8
 * unless glibc writes there (see razor_rtl.c's hdr_freed). */
static inline void razor_hdr_give_back(uint64_t *h) {
  h[1] = RAZOR_HDR_FREED_MARK;
  h[0] = 0;
  __atomic_load_n(&__razor_next_free, __ATOMIC_ACQUIRE)(h);
}

/* Gives block H (from the next allocator, 16 bytes more than the program
 * asked for) a header with no record; returns the program's pointer. */
static inline void *razor_hdr_init(uint64_t *h) {
  h[1] = 0;
  h[0] = razor_hdr_tag((uintptr_t)(h + 2));
  return h + 2;
}

/* The header of Q when Q is a block of ours with one, else NULL. */
static inline uint64_t *razor_hdr_of(const void *q) {
  uintptr_t a = (uintptr_t)q;
  if (!razor_headers || (a & 15) || a < 4096 || (a >> 63))
    return NULL;
  uint64_t *h = (uint64_t *)a - 2;
  uint64_t w = __atomic_load_n(h, __ATOMIC_RELAXED);
  return (w & ~(uint64_t)0xFFFF) == razor_hdr_tag(a) ? h : NULL;
}

/* Takes the record off header H: its block counts no more
 * (razor_probe.c).  Inside the runtime already (a signal handler's
 * release), it counts no more once the thread is out. */
void razor_hdr_forget(uint64_t *h);
/* Releases the block of header H: its record goes, then its memory
 * (razor_probe.c). */
void razor_hdr_free(uint64_t *h);
void razor_drain_deferred(void);
/* Decodes header H of Q into B; 0 when its block is not tracked. */
int razor_hdr_block(const void *q, const uint64_t *h, struct razor_block *b);
/* Writes B (B->ctx set) into header H. */
static inline void razor_hdr_set(uint64_t *h, const struct razor_block *b) {
  h[1] = (uint64_t)b->ctx << RAZOR_HDR_SIZE_BITS | b->size;
  h[0] = razor_hdr_tag(b->ptr) | (uint16_t)b->serial;
}
/* True when PTR is a tracked block: a header's or the table's. */
int razor_is_tracked(const void *ptr);

/* Gives block H (N bytes from the next allocator, plus the header's 16;
 * NULL: none) its header and records it for SITE.  For the hooks, while
 * this thread samples: inlined, so a stack walk starts at the hook's
 * caller. */
static inline __attribute__((always_inline)) void *
razor_hdr_track(uint64_t *h, size_t n, struct razor_site *site) {
  if (!h)
    return NULL;
  if (RAZOR_LIKELY(razor_track_fresh(h, n, site, 0)))
    return h + 2;
  void *q = razor_hdr_init(h);
  razor_track_alloc(q, n, site, NULL);
  return q;
}

/* The hooks' two fast tests, one predictable branch each when nothing is
 * traced.  razor_track_sampled: records P (N bytes, allocated at SITE) when
 * a probe samples on this thread.  razor_forget: forgets P when anything is
 * tracked at all. */
static inline void razor_track_sampled(void *p, uint64_t n,
                                       struct razor_site *site) {
  if (RAZOR_UNLIKELY(__razor_sampling))
    razor_track_alloc(p, n, site, NULL);
}

static inline void razor_forget(void *p) {
  if (p && RAZOR_UNLIKELY(__atomic_load_n(&__razor_tracking, __ATOMIC_RELAXED) &
                          RAZOR_TRACKING_BLOCKS))
    razor_track_free(p);
}

/* razor_forget for a pointer known to have no header: the table only,
 * and only once it has held an entry. */
static inline void razor_forget_table(void *p) {
  if (p && RAZOR_UNLIKELY(__atomic_load_n(&__razor_tracking, __ATOMIC_RELAXED) &
                          RAZOR_TRACKING_TABLE))
    razor_track_free_table(p);
}
void razor_account(const struct razor_block *b, int64_t dbytes,
                   int64_t dblocks);
void razor_reap(void *frame);
void razor_reap_here(void);
uint32_t razor_enter(struct razor_probe *p, void *frame, int api);
void razor_exit(struct razor_probe *p, uint32_t token, int api);
void razor_close_all(void);
void razor_probe_fork_lock(int lock);

/* Resources (FILE *, DIR *, descriptors) are tracked as one unit each, by
 * a key: the FILE * or DIR * itself, or RAZOR_FD_KEY(fd), which no heap
 * address can equal. */
#define RAZOR_FD_KEY(fd) ((void *)(uintptr_t)((1ull << 63) | (unsigned)(fd)))
/* True for the kinds counted by how many are open rather than by bytes. */
int razor_kind_counted(unsigned kind);

/* ---- razor_stack.c (collection) ---- */
/* Deepest stack ever recorded (max_frames is clamped to it). */
#define RAZOR_MAX_FRAMES 64
uint32_t razor_stack_capture(void *frame);
uint32_t razor_depot_put(const uintptr_t *pcs, uint32_t n);
const uintptr_t *razor_depot_get(uint32_t id, uint32_t *n);
unsigned long razor_depot_count(void);

/* ---- razor_symbolize.c (report time) ---- */
/* One frame of a resolved return address.  Strings are offsets into the
 * owning razor_syms (razor_syms_str); 0 is "". */
struct razor_frame {
  uint32_t function, file, module;
  uint32_t line, column; /* 0: unknown */
  uint8_t inlined;       /* inlined into the next frame of the same pc */
  uint8_t runtime;       /* a frame of the runtime itself */
  uint8_t system;        /* in a library of the system (/lib, /usr/lib) */
  uintptr_t offset;      /* the call's address in the module */
};
struct razor_syms {
  struct razor_vec pcs, frames, strs;
  int symbolized; /* 1: llvm-symbolizer answered; 0: dladdr only */
};
void razor_syms_resolve(struct razor_syms *s, const uint32_t *ids, size_t n);
size_t razor_syms_frames(const struct razor_syms *s, uintptr_t pc,
                         const struct razor_frame **out);
const char *razor_syms_str(const struct razor_syms *s, uint32_t off);
void razor_syms_release(struct razor_syms *s);

/* ---- razor_report.c ---- */
enum razor_report_kind {
  RAZOR_RK_EXIT,  /* the exit report: all probes, JSON always written */
  RAZOR_RK_CALL,  /* after a sampled call: text only with findings */
  RAZOR_RK_API,   /* razor_report / razor_probe_report / report_signal */
  RAZOR_RK_COUNT, /* count findings, write nothing */
};
int razor_report_write(struct razor_probe *only, FILE *out,
                       enum razor_report_kind kind);

void razor_flags_after_fork(void);
void razor_report_fork_lock(int lock);

/* ---- razor_rtl.c ---- */
void razor_interpose_slow(void);
void razor_interpose_resolved(void);
static inline void razor_set_tracking(uint32_t bit) {
  if (!(__atomic_load_n(&__razor_tracking, __ATOMIC_RELAXED) & bit)) {
    razor_interpose_slow();
    __atomic_fetch_or(&__razor_tracking, bit, __ATOMIC_RELAXED);
  }
}

/* N * SZ into *BYTES; on overflow -1 with errno ENOMEM (reallocarray). */
static inline int razor_array_bytes(size_t n, size_t sz, size_t *bytes) {
  if (!__builtin_mul_overflow(n, sz, bytes))
    return 0;
  errno = ENOMEM;
  return -1;
}

void razor_ensure_init(void);
void *razor_real_malloc(size_t n);
void *razor_real_calloc(size_t n, size_t sz);
void razor_real_free(void *p);
void *razor_real_realloc(void *p, size_t n);
void razor_note_first_sample(void);
/* razor_interpose.c: the process's allocator functions, and their slow
 * paths here. */
void *razor_malloc_impl(size_t n);
void *razor_calloc_impl(size_t n, size_t sz);
void razor_free_impl(void *p);
void *razor_realloc_impl(void *p, size_t n);
void *razor_malloc_slow(size_t n);
void *razor_calloc_slow(size_t n, size_t sz);
void razor_free_slow(void *p);
void *razor_realloc_slow(void *p, size_t n);
/* Until the next definitions are known: look them up, then call them. */
void *razor_malloc_first(size_t n);
void *razor_calloc_first(size_t n, size_t sz);
void razor_free_first(void *p);
void *razor_realloc_first(void *p, size_t n);
/* razor_rtl.c: the hooks compiled code calls for these four. */
void *__razor_malloc(size_t n, struct razor_site *site);
void *__razor_calloc(size_t n, size_t sz, struct razor_site *site);
void __razor_free(void *p, struct razor_site *site);
void *__razor_realloc(void *p, size_t n, struct razor_site *site);
/* razor_interpose.c's direct ways of libstdc++'s new, new[] and delete
 * (any of the four), and razor_cxx.c's calls of its new and new[].  The
 * sized deletes' extra argument and the site are ignored like malloc's. */
void *razor_direct_new(size_t n, struct razor_site *site);
void *razor_direct_new_array(size_t n, struct razor_site *site);
void razor_direct_delete(void *p);
void *razor_std_new(size_t n);
void *razor_std_new_array(size_t n);

/* The first values of __razor_call_*: the hooks, by another address. */
void *razor_call_malloc_first(size_t n, struct razor_site *site);
void *razor_call_calloc_first(size_t n, size_t sz, struct razor_site *site);
void razor_call_free_first(void *p, struct razor_site *site);
void *razor_call_realloc_first(void *p, size_t n, struct razor_site *site);

#endif /* RAZOR_INTERNAL_H */
