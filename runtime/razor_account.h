/* razor_account.h - accounting and samples (razor_account.c): the live
 * bytes and blocks of each (probe, site), a thread's counts not yet
 * published, and the sampled series the verdict reads.  Records
 * (razor_record.c) call in with a block and a delta; activations
 * (razor_probe.c) publish and sample.  Nothing here formats. */
#ifndef RAZOR_ACCOUNT_H
#define RAZOR_ACCOUNT_H

#include "razor_block.h"
#include "razor_registry.h"
#include "razor_tls.h"

/* A change point of a series: after sampled call K, BYTES retained. */
struct razor_point {
  uint64_t k;
  int64_t bytes;
};

/* Live bytes and blocks of the blocks of one (probe, site) allocated with
 * one stack (a `traceback` probe's suspect site), and what they were at
 * the last sample. */
struct razor_stack_count {
  uint32_t stack;
  atomic_llong bytes, blocks;
  struct razor_stack_count *next; /* the counter's list; fixed once published */
  /* At the last sample, and at the one before it (the previous call's);
   * guarded by the probe's lock. */
  int64_t last_bytes, last_blocks, prev_bytes, prev_blocks;
  /* A shadow's (razor_probe_shadow): the same stack's count of its
   * `clear` probe's counter, made by the shadow's thread. */
  struct razor_stack_count *peer;
  /* A `clear` probe's: what its calls kept with this stack, summed
   * (guarded by the probe's lock). */
  int64_t all_bytes, all_blocks;
};

/* Live bytes and blocks of one (probe, site), and its sampled series. */
struct razor_counter {
  uint32_t probe, site;
  atomic_llong bytes, blocks;
  struct razor_counter *next; /* the probe's list; fixed once published */
  /* Guarded by the probe's lock: */
  struct razor_vec series; /* change points (k, bytes), k ascending */
  int64_t last_bytes, last_blocks;
  /* A `clear` probe: what its calls kept, summed, and how many kept any;
   * what each call kept, change points (k: the call among all_calls),
   * the last of them in call_last. */
  int64_t all_bytes, all_blocks;
  uint64_t all_found;
  struct razor_vec per_call;
  int64_t call_last;
  /* A shadow's (razor_probe_shadow): the counter of the same site of its
   * `clear` probe, made by the shadow's thread. */
  struct razor_counter *peer;
  /* `traceback`: its blocks' stacks (a list, newest first), and the
   * two-phase capture's test: the highest sample so far and how many
   * samples rose above the highest before them (guarded by the probe's
   * lock). */
  _Atomic(struct razor_stack_count *) stacks;
  int64_t peak;
  uint32_t rises;
};

/* A thread's pending counts of one (probe, site) (see razor_account.c). */
struct pend_entry {
  uint64_t key; /* probe << 32 | site; 0: empty */
  struct razor_counter *c;
  int64_t bytes, blocks;
  uint32_t epoch, dirty;
};

struct razor_pend {
  size_t cap, used, ndirty;
  struct pend_entry *slot;
  uint32_t *dirty; /* slots with deltas to publish, cap entries */
};

/* The serial of a block of thread T from the low 16 bits a record keeps:
 * the latest token at or before T's last one with those bits.  It is exact
 * for a block allocated within T's last 65536 activations; an older one
 * comes out newer, so its release may count when an open activation
 * returns instead of at once (the totals after that return are the same). */
static inline uint32_t razor_serial_of(const struct razor_tls *t,
                                       uint32_t serial) {
  return t->next_token - (uint16_t)(t->next_token - serial);
}

void razor_account_slow(struct razor_tls *t, const struct razor_block *b,
                        int64_t dbytes, int64_t dblocks);
/* razor_account_release when its cached ways (below) could not: the other
 * sets' cache while an activation is open here, else razor_account_slow. */
void razor_account_release_slow(struct razor_tls *t, uint32_t ctx,
                                uint32_t serial, uint64_t size);

/* razor_account_cached for a block of CTX allocated by this very
 * activation, once the caller knows that the thread's set is current
 * (set_gen): the serial is the thread's latest. */
static inline __attribute__((always_inline)) int
razor_account_cached_now(struct razor_tls *t, uint32_t ctx, int64_t dbytes,
                         int64_t dblocks) {
  unsigned i = ctx & (RAZOR_ACCT_CACHE - 1);
  if (RAZOR_LIKELY(t->acct_ctx[i] == ctx && ctx &&
                   t->acct_set[i] == t->set_id)) {
    struct pend_entry *e = t->acct_e[i];
    e->bytes += dbytes;
    e->blocks += dblocks;
    t->live_cur += dblocks; /* a record of the current set */
    if (!e->dirty) {
      e->dirty = 1;
      t->pend->dirty[t->pend->ndirty++] = (uint32_t)(e - t->pend->slot);
    }
    return 1;
  }
  return 0;
}

/* razor_account's cached way for a block of context CTX and serial SERIAL
 * (its low 16 bits are enough): 1 when done, 0 when razor_account_slow has
 * to.  An entry is cached for a context of the set of one open activation
 * (only razor_account_slow fills the cache, and only at depth 1); a hit
 * with that set current is a block of the activation open now or of an
 * earlier one of the same probe (the serial tells).  No probe was reset
 * since the thread last made its set (set_gen), and a reset makes a new
 * set, so the entry's epoch is the probe's. */
static inline __attribute__((always_inline)) int
razor_account_cached(struct razor_tls *t, uint32_t ctx, uint32_t serial,
                     int64_t dbytes, int64_t dblocks) {
  return t->set_gen == atomic_load_explicit(&razor_epoch_gen,
                                            memory_order_relaxed) &&
         t->stack[0].token <= razor_serial_of(t, serial) &&
         razor_account_cached_now(t, ctx, dbytes, dblocks);
}

/* The way of a release of a block of context CTX, SIZE bytes, of another
 * set than the thread's current one (its call returned, or another thread
 * made it) when razor_account_slow cached CTX in R: 1 when done.  R is good
 * while every probe of its set is at the epoch it had then: the set was not
 * retired since, so neither it nor its contexts were reclaimed
 * (razor_registry.c), and CTX is still of that set and site; the counters
 * are those probes' of that site for good.  The caller knows that no probe
 * of the set has the block pending on this thread. */
static inline __attribute__((always_inline)) int
razor_account_rel(struct razor_tls *t, const struct razor_rel *r, uint32_t ctx,
                  uint64_t size) {
  if (r->ctx != ctx || r->set == t->set_id)
    return 0;
  for (uint32_t i = 0; i < r->n; i++)
    if (atomic_load_explicit(&r->probe[i]->epoch, memory_order_relaxed) !=
        r->epoch[i])
      return 0;
  for (uint32_t i = 0; i < r->n; i++) {
    atomic_fetch_add_explicit(&r->c[i]->bytes, -(int64_t)size,
                              memory_order_relaxed);
    atomic_fetch_add_explicit(&r->c[i]->blocks, -1, memory_order_relaxed);
  }
  razor_set_records_of(r->set, r->s, -1);
  return 1;
}

/* razor_account_release's cached ways, for a block of context CTX (not 0)
 * and serial SERIAL: the activation's, or, with no activation open here
 * (where a set of the thread's may have it pending), the other sets'.  1
 * when done, 0 when razor_account_release_slow has to. */
static inline __attribute__((always_inline)) int
razor_account_release_cached(struct razor_tls *t, uint32_t ctx,
                             uint32_t serial, uint64_t size) {
  if (razor_account_cached(t, ctx, serial, -(int64_t)size, -1))
    return 1;
  const struct razor_rel *r = &t->rel[ctx & (RAZOR_REL_CACHE - 1)];
  return (!r->mine || !t->depth) && razor_account_rel(t, r, ctx, size);
}

/* Adds DBYTES and DBLOCKS (negative for a release) for block B to the
 * counter of its site of every probe of its set whose epoch still matches:
 * to this thread's pending counts while the allocating activation is open
 * here, else to the shared counter.  Any thread; the caller has the
 * thread's guard set. */
static inline __attribute__((always_inline)) void
razor_account(const struct razor_block *b, int64_t dbytes, int64_t dblocks) {
  struct razor_tls *t = razor_tls_cur();
  RAZOR_CHECK(t->guard);
  if (!razor_account_cached(t, b->ctx, b->serial, dbytes, dblocks))
    razor_account_slow(t, b, dbytes, dblocks);
}

/* Takes a released block's record (context CTX, serial SERIAL, SIZE bytes)
 * off the counts.  The caller has the guard set. */
static inline __attribute__((always_inline)) void
razor_account_release(struct razor_tls *t, uint32_t ctx, uint32_t serial,
                      uint64_t size) {
  if (!razor_account_release_cached(t, ctx, serial, size))
    razor_account_release_slow(t, ctx, serial, size);
}

/* Releases that a signal handler made while its thread was inside the
 * runtime: left for the thread (razor_account_defer, 0 when there is no
 * room), taken off once it is out (razor_account_drain). */
int razor_account_defer(struct razor_tls *t, uint32_t ctx, uint32_t serial,
                        uint64_t size);
void razor_account_drain(void);


/* Activations (razor_probe.c): thread T's pending counts of P go to the
 * shared counters when P's activation returns; then P's sample is taken. */
void razor_account_publish(struct razor_tls *t, struct razor_probe *p);
void razor_account_sample(struct razor_probe *p);
void razor_account_resample(struct razor_probe *p);
/* Shadow Q's call was sampled: what it kept (its last sample) is added to
 * its `clear` probe's totals, per-call series and last call's figures. */
void razor_account_fold(struct razor_probe *q);
/* Drops P's samples: a new epoch, every counter and series zeroed (with
 * KEEP_TOTALS, a `clear` probe's totals over its calls stay). */
void razor_account_reset(struct razor_probe *p, int keep_totals);
/* Thread T ends with nothing pending: its table is unmapped. */
void razor_account_thread_exit(struct razor_tls *t);
int64_t razor_counter_value_at(const struct razor_counter *c, uint64_t k);
/* The same of a `clear` probe's counter C: what call K (1..all_calls) kept. */
int64_t razor_counter_call_value_at(const struct razor_counter *c, uint64_t k);
void razor_account_fork_lock(int lock);

#endif /* RAZOR_ACCOUNT_H */
