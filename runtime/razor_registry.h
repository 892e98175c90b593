/* razor_registry.h - the registries (razor_registry.c): sites and their
 * "via" records, probes, probe sets and contexts.  Ids are small integers,
 * never reused; lookups by id take no lock. */
#ifndef RAZOR_REGISTRY_H
#define RAZOR_REGISTRY_H

#include "razor_abi.h"
#include "razor_mem.h"
#include "razor_spec.h"

/* ---- sites ---- */

/* Site ids by record address: each module's razor_sites range, with an
 * array of ids, one slot per 4 bytes of the range (records are aligned
 * to 4), mapped at the first registration of one of its records.  The
 * table is replaced whole when a module comes or goes, never changed in
 * place but for an entry's `ids` (set once); readers take no lock.  (The
 * records are constant: an id kept in them made every page of the section
 * that held a used record private and writable.) */
struct razor_id_range {
  uintptr_t begin, size; /* size 0: the table's end */
  uint32_t *ids;         /* NULL: none registered yet */
};
extern __attribute__((visibility("hidden"))) struct razor_id_range
    *razor_id_ranges; /* never NULL */

/* Where S's id is kept, NULL when nowhere yet: its module registered none
 * (razor_site_register makes the array), or S is in no registered module
 * (used before its module's constructor ran).  A record of the runtime's
 * own lies in no module. */
static inline uint32_t *razor_site_id_slot(const struct razor_site *s) {
  for (const struct razor_id_range *r =
           __atomic_load_n(&razor_id_ranges, __ATOMIC_ACQUIRE);
       ; r++) {
    uintptr_t off = (uintptr_t)s - r->begin;
    if (off < r->size) {
      uint32_t *ids = __atomic_load_n(&r->ids, __ATOMIC_ACQUIRE);
      return ids ? ids + off / 4 : (uint32_t *)0;
    }
    if (!r->size)
      break;
  }
  if (s->flags & RAZOR_SITE_RUNTIME)
    return (uint32_t *)(uintptr_t)s - 1;
  return (uint32_t *)0;
}
/* S's id, 0 when it has none yet (razor_site_register gives it one). */
static inline uint32_t razor_site_id(const struct razor_site *s) {
  const uint32_t *slot = razor_site_id_slot(s);
  return slot ? __atomic_load_n(slot, __ATOMIC_ACQUIRE) : 0;
}
uint32_t razor_site_register(struct razor_site *s);
struct razor_site *razor_site_get(uint32_t id);
uint32_t razor_site_count(void);
struct razor_site *razor_site_via(uint32_t id);
void razor_site_set_via(uint32_t id, struct razor_site *via);
/* A record of the runtime's own, in its arena (never freed): PROTO's kind,
 * flags, line and column (PROTO may be NULL: all 0), RAZOR_SITE_RUNTIME
 * and id 0 (before the record), a scope record, and the strings
 * STR (file, dir, function, source, callee; NULL or "" for none) copied
 * right after the record (razor_rel fields reach them).  NULL when out of
 * memory. */
#define RAZOR_SITE_NSTR 5
struct razor_site *razor_site_make(const struct razor_site *proto,
                                   const char *const str[RAZOR_SITE_NSTR]);
/* razor_site_make of S's own strings: a copy that outlives S's module. */
struct razor_site *razor_site_clone(const struct razor_site *s);
/* Whether S says where it is (a file): records of the runtime's own for
 * code built without the plugin do not. */
static inline int razor_site_located(const struct razor_site *s) {
  return razor_site_str(s, file)[0] != 0;
}

/* ---- probes ---- */
struct razor_counter;


struct razor_probe {
  uint32_t index;
  const char *name, *trigger, *file, *dir;
  uint32_t line;
  void (*fn)(void);
  unsigned opts; /* RAZOR_OPT_* (razor_spec.h) */
  unsigned given; /* RAZOR_SPEC_*: what the spec wrote */
  uint32_t warmup, min_calls; /* min_calls 0: the default */
  uint64_t min_growth;
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
  uint64_t calls;     /* sampled calls since the last reset */
  uint64_t all_calls; /* a `clear` probe: all its sampled calls */
  /* A `clear` probe's calls on thread THREAD run as that thread's shadow
   * of it (razor_probe_shadow): PARENT is the probe, SHADOWS its list. */
  struct razor_probe *parent, *next_shadow;
  _Atomic(struct razor_probe *) shadows;
  uint32_t shadow_thread;
};

struct razor_probe *razor_probe_of(struct razor_probe_desc *d);
struct razor_probe *razor_probe_new(const char *name, const char *spec,
                                    char *err, size_t errlen);
struct razor_probe *razor_probe_get(uint32_t index);
uint32_t razor_probe_count(void);
/* The shadow of `clear` probe P for thread THREAD, made on first use (NULL
 * when out of memory).  A shadow is a probe of its own (its index in the
 * sets, its counters and epoch) with P's name, options and source, never
 * reported or found by name: each thread's calls of P are reset and
 * sampled alone, so a call's figures are its own, whatever P's calls on
 * other threads do meanwhile (razor_account_fold adds them to P's). */
struct razor_probe *razor_probe_shadow(struct razor_probe *p, uint32_t thread);

/* ---- probe sets: the (probe, epoch) pairs active at an allocation ---- */
struct razor_pair {
  uint32_t probe, epoch;
};
/* The probes an allocation counts for (with their epochs), on one thread:
 * a set belongs to the thread that allocated under it.  Reclaimed once no
 * record names it and none of its thread's calls can (razor_registry.c
 * says how). */
struct razor_set {
  uint32_t n, hash, thread;
  atomic_uint state;  /* version << 2 | idle, current or reclaimed */
  atomic_llong live;  /* its records (see razor_set_records) */
  uint32_t ctx_head;  /* its contexts, a list (ctx_lock) */
  uint32_t next_free; /* reclaimed: the next of as many pairs (set_lock) */
  int listed;         /* on its thread's idle list (its thread only) */
  struct razor_pair pairs[];
};
struct razor_tls;
/* Makes the set of the N PAIRS (probes and epochs) of thread THREAD (the
 * calling thread, T) T's current set, leaving the one before; EPOCHS_MOVED:
 * some probe's epoch changed since T last looked, so T's idle sets are
 * looked over.  Returns the set's id, 0 for none (N 0, out of memory). */
uint32_t razor_set_switch(struct razor_tls *t, const struct razor_pair *pairs,
                          uint32_t n, uint32_t thread, int epochs_moved);
/* D records (+1 made, -1 released) of set ID, counted by thread T. */
void razor_set_records(struct razor_tls *t, uint32_t id, int64_t d);
struct razor_set *razor_set_get(uint32_t id);
/* Set ID (S) has no records left: reclaimed when retired and idle. */
void razor_set_drained(uint32_t id, struct razor_set *s);
/* Adds D records to set ID (S) that is not the current set of the thread
 * counting them (a block released on another thread, or after its set's
 * time). */
static inline void razor_set_records_of(uint32_t id, struct razor_set *s,
                                        int64_t d) {
  if (atomic_fetch_add(&s->live, d) + d == 0 && d < 0)
    razor_set_drained(id, s);
}
/* Bumped whenever a probe's epoch changes: threads remake their set. */
extern atomic_uint razor_epoch_gen;

/* ---- contexts: a (probe set, site) pair as a RAZOR_CTX_BITS-bit id, for
 * records.  Ids are never reused; 0: none (out of ids or memory).
 * razor_ctx_get is lock-free: any thread, under any lock. ---- */
#define RAZOR_CTX_BITS 28
#define RAZOR_CTX_MAX ((1u << RAZOR_CTX_BITS) - 1)
#define RAZOR_CTX_CHUNK_BITS 16
#define RAZOR_CTX_CHUNK (1u << RAZOR_CTX_CHUNK_BITS)
/* Chunks of set << 32 | site by id; a chunk never moves. */
#define RAZOR_CTX_CHUNKS ((RAZOR_CTX_MAX >> RAZOR_CTX_CHUNK_BITS) + 1)
extern _Atomic(uint64_t *) razor_ctx_chunks[RAZOR_CTX_CHUNKS];
uint32_t razor_ctx_of(uint32_t set, uint32_t site);
/* The context of (SET, SITE) for blocks with stack STACK (a depot id, not
 * 0): a context of its own, so a block's record names its stack. */
uint32_t razor_ctx_of_stack(uint32_t set, uint32_t site, uint32_t stack);
/* Stacks of the contexts that have one, in chunks like razor_ctx_chunks
 * (a chunk is mapped when its first such context is made). */
extern _Atomic(uint32_t *) razor_ctx_stack_chunks[RAZOR_CTX_CHUNKS];

static inline uint64_t razor_ctx_key(uint32_t ctx) {
  uint64_t *chunk = atomic_load_explicit(
      &razor_ctx_chunks[(ctx & RAZOR_CTX_MAX) >> RAZOR_CTX_CHUNK_BITS],
      memory_order_acquire);
  return chunk ? chunk[ctx & (RAZOR_CTX_CHUNK - 1)] : 0;
}

/* The stack of context CTX, 0 for none. */
static inline uint32_t razor_ctx_stack(uint32_t ctx) {
  uint32_t *chunk = atomic_load_explicit(
      &razor_ctx_stack_chunks[(ctx & RAZOR_CTX_MAX) >> RAZOR_CTX_CHUNK_BITS],
      memory_order_acquire);
  return chunk ? __atomic_load_n(&chunk[ctx & (RAZOR_CTX_CHUNK - 1)],
                                 __ATOMIC_ACQUIRE)
               : 0;
}

static inline void razor_ctx_get(uint32_t ctx, uint32_t *set, uint32_t *site) {
  uint64_t key = razor_ctx_key(ctx);
  *set = (uint32_t)(key >> 32);
  *site = (uint32_t)key;
}

/* ---- modules (razor_abi.h's struct razor_module) ---- */
/* Remembers module M (its constructor ran): nothing per site or probe. */
void razor_module_add(const struct razor_module *m);
/* Module M is being unloaded: copies what reports still need from it. */
void razor_module_fini(const struct razor_module *m);
/* Registers the probes of the modules added since the last call (first
 * probe entry, probe lookup, report; razor_probe_count does). */
void razor_modules_settle(void);
/* 1 while every instrumented module registered so far said it keeps frame
 * pointers in all its functions (RAZOR_MODULE_FRAME_POINTERS), 0 once one
 * did not: for choosing how to walk stacks (frame pointers or unwind
 * tables).  Never set back to 1 (a module unloaded may have left code
 * behind in no one's frames, but that is not worth tracking). */
extern atomic_int razor_modules_frame_pointers;
void razor_registry_fork_lock(int lock);

/* ---- function records (RAZOR_FUNCS_SECTION), report time only ---- */
/* One function record with its function's address. */
struct razor_func_entry {
  uintptr_t addr;
  const struct razor_func *rec;
};
/* The function records of every module registered now, by address (made
 * again only when modules came or went since the last call); *N of them
 * (0 and NULL when there are none or memory ran out).  Valid until the
 * next call.  Report time only: the caller serializes the calls (the
 * report's lock). */
const struct razor_func_entry *razor_funcs_table(size_t *n);
/* The function record in TABLE (N entries, razor_funcs_table's) of the
 * highest function address at or below code address PC, NULL when none
 * is. */
const struct razor_func_entry *
razor_func_below(const struct razor_func_entry *table, size_t n,
                 uintptr_t pc);

#endif /* RAZOR_REGISTRY_H */
