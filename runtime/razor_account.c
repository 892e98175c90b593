/* razor_account.c - accounting and samples: per (probe, site) counters
 * with lock-free lookup, each thread's pending counts (published when its
 * activation returns), the releases a signal handler defers, and the
 * sampled series.  The hot path updates counters here; nothing formats. */
#include <string.h>

#include "razor_account.h"
#include "razor_stack.h"

/* ---- counters: (probe index, site id) -> counter, lock-free reads ---- */

struct ctr_table {
  size_t cap;
  _Atomic(struct razor_counter *) slot[];
};

static _Atomic(struct ctr_table *) ctr_tab;
static razor_lock ctr_lock;
static size_t ctr_count;

static inline size_t ctr_hash(uint32_t probe, uint32_t site) {
  return (size_t)razor_mix64(((uint64_t)probe << 32) | site);
}

static struct razor_counter *ctr_find(struct ctr_table *t, uint32_t probe,
                                      uint32_t site) {
  if (!t)
    return NULL;
  size_t mask = t->cap - 1;
  for (size_t i = ctr_hash(probe, site) & mask;; i = (i + 1) & mask) {
    struct razor_counter *c =
        atomic_load_explicit(&t->slot[i], memory_order_acquire);
    if (!c)
      return NULL;
    if (c->probe == probe && c->site == site)
      return c;
  }
}

static void ctr_place(struct ctr_table *t, struct razor_counter *c) {
  size_t mask = t->cap - 1;
  for (size_t i = ctr_hash(c->probe, c->site) & mask;; i = (i + 1) & mask)
    if (!atomic_load_explicit(&t->slot[i], memory_order_relaxed)) {
      atomic_store_explicit(&t->slot[i], c, memory_order_release);
      return;
    }
}

/* The counter of (P, SITE); created when CREATE.  NULL when absent or out of
 * memory.  Old tables stay mapped: a reader may still be walking one. */
static struct razor_counter *counter_get(struct razor_probe *p, uint32_t site,
                                         int create) {
  struct razor_counter *c = ctr_find(
      atomic_load_explicit(&ctr_tab, memory_order_acquire), p->index, site);
  if (c || !create)
    return c;
  razor_lock_acquire(&ctr_lock);
  struct ctr_table *t = atomic_load_explicit(&ctr_tab, memory_order_relaxed);
  c = ctr_find(t, p->index, site);
  if (!c) {
    if (!t || (ctr_count + 1) * 2 > t->cap) {
      size_t ncap = t ? t->cap * 2 : 4096;
      struct ctr_table *n =
          razor_map(sizeof *n + ncap * sizeof(struct razor_counter *));
      if (n) {
        n->cap = ncap;
        for (size_t i = 0; t && i < t->cap; i++) {
          struct razor_counter *o = atomic_load(&t->slot[i]);
          if (o)
            ctr_place(n, o);
        }
        atomic_store_explicit(&ctr_tab, n, memory_order_release);
        t = n;
      }
    }
    if (t && (ctr_count + 1) * 2 <= t->cap &&
        (c = razor_arena_alloc_line(sizeof *c))) {
      c->probe = p->index;
      c->site = site;
      c->series.elsize = sizeof(struct razor_point);
      c->series.small = 1;
      c->per_call.elsize = sizeof(struct razor_point);
      c->per_call.small = 1;
      c->next = atomic_load(&p->counters);
      atomic_store_explicit(&p->counters, c, memory_order_release);
      ctr_place(t, c);
      ctr_count++;
    }
  }
  razor_lock_release(&ctr_lock);
  return c;
}

/* The value of series V (change points) after call K (0 before its first
 * change point). */
static int64_t series_value_at(const struct razor_vec *v, uint64_t k) {
  const struct razor_point *pt = v->data;
  size_t lo = 0, hi = v->len;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (pt[mid].k <= k)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo ? pt[lo - 1].bytes : 0;
}

/* Sample value of C after sampled call K.  The caller holds the probe's
 * lock. */
int64_t razor_counter_value_at(const struct razor_counter *c, uint64_t k) {
  return series_value_at(&c->series, k);
}

/* What call K of C's `clear` probe kept.  The caller holds its lock. */
int64_t razor_counter_call_value_at(const struct razor_counter *c,
                                    uint64_t k) {
  return series_value_at(&c->per_call, k);
}


/* ---- counts not yet published ----
 *
 * SPEC 1: blocks of a call still running on another thread count once that
 * call returns.  So what a thread allocates (and frees again) during an
 * activation goes to its own pending table, keyed by (probe, site), and is
 * published to the shared counters when that probe's activation closes,
 * just before its sample is taken.  A block freed by another thread is
 * taken off the shared counter at once (its pending +size follows when the
 * allocating call returns).  The table also caches the thread's counters.
 * It lives in mmap memory; only its own thread touches it. */

static size_t pend_bytes(size_t cap) {
  return cap * (sizeof(struct pend_entry) + sizeof(uint32_t));
}

/* Fibonacci hashing: keys are (probe, site) pairs, small and dense. */
static inline size_t pend_hash(uint64_t key) {
  return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 32);
}

/* Places E in a table of CAP slots; returns its index. */
static size_t pend_place(struct pend_entry *slot, size_t cap,
                         const struct pend_entry *e) {
  size_t i = pend_hash(e->key) & (cap - 1);
  while (slot[i].key)
    i = (i + 1) & (cap - 1);
  slot[i] = *e;
  return i;
}

/* Makes room for one more entry.  0, or -1 when out of memory. */
static int pend_reserve(struct razor_tls *t) {
  struct razor_pend *pd = t->pend;
  if (pd && (pd->used + 1) * 2 <= pd->cap)
    return 0;
  size_t ncap = pd ? pd->cap * 2 : 64;
  struct razor_pend *n = pd                ? pd
                         : t->pend_spare ? t->pend_spare
                                         : razor_arena_alloc_line(sizeof *n);
  void *mem = razor_map(pend_bytes(ncap));
  if (!n || !mem)
    return -1;
  struct pend_entry *slot = mem;
  uint32_t *dirty = (uint32_t *)(slot + ncap);
  size_t nd = 0;
  for (size_t i = 0; pd && i < pd->cap; i++)
    if (pd->slot[i].key) {
      size_t k = pend_place(slot, ncap, &pd->slot[i]);
      if (slot[k].dirty)
        dirty[nd++] = (uint32_t)k;
    }
  if (pd)
    razor_unmap(pd->slot, pend_bytes(pd->cap));
  else
    n->used = 0;
  /* Entries moved: razor_account's cache forgets them. */
  memset(t->acct_ctx, 0, sizeof t->acct_ctx);
  n->slot = slot;
  n->dirty = dirty;
  n->cap = ncap;
  n->ndirty = nd;
  t->pend = n;
  return 0;
}

/* The thread's entry for (P, SITE), created with its counter when missing;
 * NULL when out of memory. */
static struct pend_entry *pend_new(struct razor_tls *t, struct razor_probe *p,
                                   uint32_t site);

static inline __attribute__((always_inline)) struct pend_entry *
pend_get(struct razor_tls *t, struct razor_probe *p, uint32_t site) {
  uint64_t key = (uint64_t)p->index << 32 | site;
  struct razor_pend *pd = t->pend;
  if (RAZOR_LIKELY(pd != NULL)) {
    size_t mask = pd->cap - 1;
    for (size_t i = pend_hash(key) & mask; pd->slot[i].key; i = (i + 1) & mask)
      if (pd->slot[i].key == key)
        return &pd->slot[i];
  }
  return pend_new(t, p, site);
}

/* pend_get's miss: the entry is created. */
__attribute__((noinline)) static struct pend_entry *
pend_new(struct razor_tls *t, struct razor_probe *p, uint32_t site) {
  uint64_t key = (uint64_t)p->index << 32 | site;
  struct razor_pend *pd;
  struct razor_counter *c = counter_get(p, site, 1);
  if (!c || pend_reserve(t))
    return NULL;
  pd = t->pend;
  struct pend_entry e = {key, c, 0, 0, 0, 0};
  pd->used++;
  return &pd->slot[pend_place(pd->slot, pd->cap, &e)];
}

/* Adds a delta under EPOCH to entry E of thread T. */
static void pend_add(struct razor_tls *t, struct pend_entry *e, uint32_t epoch,
                     int64_t dbytes, int64_t dblocks) {
  if (e->epoch != epoch) { /* the probe was reset since: start over */
    e->bytes = e->blocks = 0;
    e->epoch = epoch;
  }
  e->bytes += dbytes;
  e->blocks += dblocks;
  if (!e->dirty) {
    e->dirty = 1;
    t->pend->dirty[t->pend->ndirty++] = (uint32_t)(e - t->pend->slot);
  }
}

/* Publishes thread T's pending counts of probe P to the shared counters. */
void razor_account_publish(struct razor_tls *t, struct razor_probe *p) {
  struct razor_pend *pd = t->pend;
  if (!pd)
    return;
  uint32_t epoch = atomic_load_explicit(&p->epoch, memory_order_relaxed);
  for (size_t d = 0; d < pd->ndirty;) {
    struct pend_entry *e = &pd->slot[pd->dirty[d]];
    /* Its probe from its key: the counter's cache line is other threads'
     * to write. */
    if ((uint32_t)(e->key >> 32) != p->index) {
      d++;
      continue;
    }
    /* A call's blocks all released again add nothing (and the shared
     * counter's cache line stays where it is). */
    if (e->epoch == epoch && (e->bytes || e->blocks)) {
      atomic_fetch_add_explicit(&e->c->bytes, e->bytes, memory_order_relaxed);
      atomic_fetch_add_explicit(&e->c->blocks, e->blocks,
                                memory_order_relaxed);
    }
    e->bytes = e->blocks = 0;
    e->dirty = 0;
    pd->dirty[d] = pd->dirty[--pd->ndirty];
  }
}

/* True when thread T has an activation of P open since before a block with
 * SERIAL was allocated: that block is still pending there. */
static int pending_in(const struct razor_tls *t, const struct razor_probe *p,
                      uint32_t serial) {
  serial = razor_serial_of(t, serial);
  for (uint32_t i = 0; i < t->depth; i++)
    if (t->stack[i].probe == p && t->stack[i].token <= serial)
      return 1;
  return 0;
}

/* Adds DBYTES and DBLOCKS to P's shared counter of SITE (made for an
 * addition when missing); returns it (NULL: none). */
static struct razor_counter *shared_add(struct razor_probe *p, uint32_t site,
                                        int64_t dbytes, int64_t dblocks) {
  struct razor_counter *c = counter_get(p, site, dbytes > 0 || dblocks > 0);
  if (!c) {
    if (dbytes > 0 || dblocks > 0)
      razor_note_dropped();
    return NULL;
  }
  atomic_fetch_add_explicit(&c->bytes, dbytes, memory_order_relaxed);
  atomic_fetch_add_explicit(&c->blocks, dblocks, memory_order_relaxed);
  return c;
}

/* True when block B is of this thread's current probe set (just
 * allocated, or freed within the same calls) and no probe was reset since:
 * the set's probes are then T's open activations, in order. */
static inline int of_current_set(const struct razor_tls *t,
                                 const struct razor_block *b) {
  return b->set && b->set == t->set_id &&
         t->set_gen ==
             atomic_load_explicit(&razor_epoch_gen, memory_order_relaxed);
}

/* Leaves a record for the thread to take off once it is out of the
 * runtime: 0 when there is no room (it then counts on).  Called from a
 * signal handler while the thread is in the runtime (its guard set, so
 * nothing but another handler's push runs in between): a slot is reserved
 * first, so a nested handler's push takes the next one. */
int razor_account_defer(struct razor_tls *t, uint32_t ctx, uint32_t serial,
                        uint64_t size) {
  unsigned n = atomic_load_explicit(&t->ndeferred, memory_order_relaxed);
  do {
    if (n >= RAZOR_DEFERRED)
      return 0;
  } while (!atomic_compare_exchange_weak_explicit(
      &t->ndeferred, &n, n + 1, memory_order_relaxed, memory_order_relaxed));
  t->deferred[n].ctx = ctx;
  t->deferred[n].serial = serial;
  t->deferred[n].size = size;
  return 1;
}

/* Takes off the records signal handlers left for this thread.  Outside the
 * runtime only (guard clear); a handler that releases meanwhile pushes a
 * new one, which the loop takes too. */
RAZOR_RESIDENT void razor_account_drain(void) {
  struct razor_tls *t = razor_tls_get();
  if (t->guard)
    return;
  t->guard = 1;
  unsigned n;
  while ((n = atomic_load_explicit(&t->ndeferred, memory_order_relaxed))) {
    uint32_t ctx = t->deferred[n - 1].ctx, serial = t->deferred[n - 1].serial;
    uint64_t size = t->deferred[n - 1].size;
    if (atomic_compare_exchange_strong_explicit(&t->ndeferred, &n, n - 1,
                                                memory_order_relaxed,
                                                memory_order_relaxed))
      razor_account_release(t, ctx, serial, size);
  }
  t->guard = 0;
}

/* ---- the stacks of a `traceback` probe's blocks: (counter, stack) ->
 * razor_stack_count, lock-free lookup, as the counters' table ---- */

struct sc_table {
  size_t cap;
  _Atomic(struct sc_entry *) slot[];
};
struct sc_entry {
  struct razor_counter *c;
  struct razor_stack_count sc;
};

static _Atomic(struct sc_table *) sc_tab;
static razor_lock sc_lock;
static size_t sc_count;

static inline size_t sc_hash(const struct razor_counter *c, uint32_t stack) {
  return (size_t)razor_mix64((uint64_t)(uintptr_t)c ^
                             (uint64_t)stack * 0x9E3779B97F4A7C15ull);
}

static struct sc_entry *sc_find(struct sc_table *t,
                                const struct razor_counter *c,
                                uint32_t stack) {
  if (!t)
    return NULL;
  size_t mask = t->cap - 1;
  for (size_t i = sc_hash(c, stack) & mask;; i = (i + 1) & mask) {
    struct sc_entry *e = atomic_load_explicit(&t->slot[i], memory_order_acquire);
    if (!e)
      return NULL;
    if (e->c == c && e->sc.stack == stack)
      return e;
  }
}

static void sc_place(struct sc_table *t, struct sc_entry *e) {
  size_t mask = t->cap - 1;
  for (size_t i = sc_hash(e->c, e->sc.stack) & mask;; i = (i + 1) & mask)
    if (!atomic_load_explicit(&t->slot[i], memory_order_relaxed)) {
      atomic_store_explicit(&t->slot[i], e, memory_order_release);
      return;
    }
}

/* The count of C's blocks with STACK; created when CREATE.  NULL when
 * absent or out of memory.  Old tables stay mapped (readers). */
static struct razor_stack_count *stack_count_get(struct razor_counter *c,
                                                 uint32_t stack, int create) {
  struct sc_entry *e =
      sc_find(atomic_load_explicit(&sc_tab, memory_order_acquire), c, stack);
  if (e || !create)
    return e ? &e->sc : NULL;
  razor_lock_acquire(&sc_lock);
  struct sc_table *t = atomic_load_explicit(&sc_tab, memory_order_relaxed);
  e = sc_find(t, c, stack);
  if (!e) {
    if (!t || (sc_count + 1) * 2 > t->cap) {
      size_t ncap = t ? t->cap * 2 : 1024;
      struct sc_table *n =
          razor_map(sizeof *n + ncap * sizeof(struct sc_entry *));
      if (n) {
        n->cap = ncap;
        for (size_t i = 0; t && i < t->cap; i++) {
          struct sc_entry *o = atomic_load(&t->slot[i]);
          if (o)
            sc_place(n, o);
        }
        atomic_store_explicit(&sc_tab, n, memory_order_release);
        t = n;
      }
    }
    if (t && (sc_count + 1) * 2 <= t->cap &&
        (e = razor_arena_alloc(sizeof *e))) {
      memset(e, 0, sizeof *e);
      e->c = c;
      e->sc.stack = stack;
      e->sc.next = atomic_load(&c->stacks);
      atomic_store_explicit(&c->stacks, &e->sc, memory_order_release);
      sc_place(t, e);
      sc_count++;
    }
  }
  razor_lock_release(&sc_lock);
  return e ? &e->sc : NULL;
}

/* Adds DBYTES and DBLOCKS to the blocks with STACK of P's counter of SITE,
 * when P has `traceback`.  At once (not pending as the site's counts): a
 * report reads them as of the last sample, when the calls that allocated
 * have returned. */
static void stack_add(struct razor_probe *p, uint32_t site, uint32_t stack,
                      int64_t dbytes, int64_t dblocks) {
  if (!(p->opts & RAZOR_OPT_TRACEBACK))
    return;
  int grow = dbytes > 0 || dblocks > 0;
  struct razor_counter *c = counter_get(p, site, grow);
  struct razor_stack_count *sc = c ? stack_count_get(c, stack, grow) : NULL;
  if (!sc) {
    if (grow)
      razor_note_dropped();
    return;
  }
  atomic_fetch_add_explicit(&sc->bytes, dbytes, memory_order_relaxed);
  atomic_fetch_add_explicit(&sc->blocks, dblocks, memory_order_relaxed);
}

/* Takes the record off header H: its block counts no more. */
__attribute__((noinline)) void
razor_account_slow(struct razor_tls *t, const struct razor_block *b,
                   int64_t dbytes, int64_t dblocks) {
  /* A block with a stack (razor_ctx_of_stack): its stack's counts too. */
  uint32_t stack = b->ctx ? razor_ctx_stack(b->ctx) : 0;
  if (of_current_set(t, b)) {
    uint32_t serial = razor_serial_of(t, b->serial);
    for (uint32_t i = 0; i < t->depth; i++) {
      struct razor_probe *p = t->stack[i].probe;
      if (stack)
        stack_add(p, b->site, stack, dbytes, dblocks);
      struct pend_entry *e = t->stack[i].token <= serial
                                 ? pend_get(t, p, b->site)
                                 : NULL;
      if (e) {
        pend_add(t, e,
                 atomic_load_explicit(&p->epoch, memory_order_relaxed),
                 dbytes, dblocks);
        if (t->depth == 1 && b->ctx && !stack) {
          unsigned k = b->ctx & (RAZOR_ACCT_CACHE - 1);
          t->acct_ctx[k] = b->ctx;
          t->acct_set[k] = b->set;
          t->acct_e[k] = e;
        }
      } else {
        shared_add(p, b->site, dbytes, dblocks);
      }
    }
    t->live_cur += dblocks; /* a record of the current set */
    return;
  }
  struct razor_set *s = razor_set_get(b->set);
  if (!s)
    return;
  int mine = s->thread == t->thread_idx;
  /* A release that razor_account_rel can take next time: every probe of
   * the set counts, none has it pending here, no stack. */
  struct razor_rel r = {.ctx = b->ctx, .set = b->set, .n = s->n,
                        .mine = (uint32_t)mine, .s = s};
  int cache = dblocks < 0 && b->ctx && !stack && b->set != t->set_id &&
              s->n <= RAZOR_REL_PAIRS;
  for (uint32_t i = 0; i < s->n; i++) {
    struct razor_probe *p = razor_probe_get(s->pairs[i].probe);
    if (!p || atomic_load_explicit(&p->epoch, memory_order_relaxed) !=
                  s->pairs[i].epoch) {
      cache = 0;
      continue;
    }
    if (stack)
      stack_add(p, b->site, stack, dbytes, dblocks);
    if (mine && pending_in(t, p, b->serial)) {
      cache = 0;
      struct pend_entry *e = pend_get(t, p, b->site);
      if (e) {
        pend_add(t, e, s->pairs[i].epoch, dbytes, dblocks);
        continue;
      }
    }
    struct razor_counter *c = shared_add(p, b->site, dbytes, dblocks);
    if (cache && (cache = c != NULL)) {
      r.probe[i] = p;
      r.c[i] = c;
      r.epoch[i] = s->pairs[i].epoch;
    }
  }
  if (cache)
    t->rel[b->ctx & (RAZOR_REL_CACHE - 1)] = r;
  /* Last: the set may be reclaimed once its last record goes. */
  razor_set_records(t, b->set, dblocks);
}

/* See razor_account.h.  A set of this thread's while an activation is
 * open here: the cached way too, unless a probe of the set has an
 * activation open since before the block was made (pending_in), where the
 * block is pending. */
__attribute__((noinline)) void
razor_account_release_slow(struct razor_tls *t, uint32_t ctx, uint32_t serial,
                           uint64_t size) {
  struct razor_rel *r = &t->rel[ctx & (RAZOR_REL_CACHE - 1)];
  int pending = 0;
  for (uint32_t i = 0; i < r->n && r->ctx == ctx && r->mine; i++)
    pending |= pending_in(t, r->probe[i], serial);
  if (!pending && razor_account_rel(t, r, ctx, size))
    return;
  struct razor_block b = {0, size, 0, 0, ctx, serial};
  razor_ctx_get(ctx, &b.set, &b.site);
  razor_account_slow(t, &b, -(int64_t)size, -1);
}

/* Drops P's samples: a new epoch (blocks from before no longer count),
 * every counter and series zeroed, calls back to 0.  KEEP_TOTALS (a `clear`
 * probe's next call): what the calls so far kept stays in their totals. */
void razor_account_reset(struct razor_probe *p, int keep_totals) {
  razor_lock_acquire(&p->lock);
  atomic_fetch_add(&p->epoch, 1);
  atomic_fetch_add(&razor_epoch_gen, 1);
  p->calls = 0;
  if (!keep_totals)
    p->all_calls = 0;
  for (struct razor_counter *c = atomic_load(&p->counters); c; c = c->next) {
    atomic_store(&c->bytes, 0);
    atomic_store(&c->blocks, 0);
    c->series.len = 0;
    c->last_bytes = c->last_blocks = 0;
    if (!keep_totals) {
      c->all_bytes = c->all_blocks = c->all_found = 0;
      c->per_call.len = 0;
      c->call_last = 0;
      /* A shadow's calls rise from 0 each (keep_totals). */
      c->peak = 0;
      c->rises = 0;
    }
    for (struct razor_stack_count *sc = atomic_load(&c->stacks); sc;
         sc = sc->next) {
      atomic_store(&sc->bytes, 0);
      atomic_store(&sc->blocks, 0);
      sc->last_bytes = sc->last_blocks = 0;
      sc->prev_bytes = sc->prev_blocks = 0;
      if (!keep_totals)
        sc->all_bytes = sc->all_blocks = 0;
    }
  }
  razor_lock_release(&p->lock);
  /* A `clear` probe's calls run as its threads' shadows: theirs too. */
  if (!keep_totals)
    for (struct razor_probe *q = atomic_load(&p->shadows); q;
         q = q->next_shadow)
      razor_account_reset(q, 0);
}

/* Makes C's sample after call K (the probe's last so far) V bytes and B
 * blocks: a change point at K is added, changed or taken away.  The
 * caller holds the probe's lock. */
static void set_sample(struct razor_counter *c, uint64_t k, int64_t v,
                       int64_t b) {
  v = v < 0 ? 0 : v;
  /* Written only when it changes: another thread's sample reads this
   * cache line next. */
  b = b < 0 ? 0 : b;
  if (c->last_blocks != b)
    c->last_blocks = b;
  if (v == c->last_bytes)
    return;
  struct razor_point *pt = c->series.data;
  size_t len = c->series.len;
  if (len && pt[len - 1].k == k) {
    if (v == (len > 1 ? pt[len - 2].bytes : 0))
      c->series.len--; /* no change at K after all */
    else
      pt[len - 1].bytes = v;
  } else if ((pt = razor_vec_push(&c->series)) != NULL) {
    pt->k = k;
    pt->bytes = v;
  } else {
    razor_note_dropped();
    return;
  }
  c->last_bytes = v;
}

/* C's sample V (bytes) of a `traceback` probe was taken: the counts of its
 * blocks' stacks as of now, and the two-phase capture's test.  A site whose
 * samples rose above every earlier one RAZOR_SUSPECT_RISES times is
 * suspect: its blocks get stacks from then on (a cheap stand-in for the
 * verdict's rule, which needs the whole series; a site whose samples go
 * back to where they were, as temporary memory does, does not rise; a
 * `clear` probe's, judged a call at a time, rises when a call keeps
 * anything).  The caller holds the probe's lock. */
static inline void sample_stacks(struct razor_counter *c, int64_t v,
                                 int clear, int fresh) {
  if (clear ? v > 0 : v > c->peak) {
    c->peak = v;
    if (++c->rises == RAZOR_SUSPECT_RISES)
      razor_site_mark_suspect(c->site);
  }
  for (struct razor_stack_count *sc =
           atomic_load_explicit(&c->stacks, memory_order_acquire);
       sc; sc = sc->next) {
    int64_t by = atomic_load_explicit(&sc->bytes, memory_order_relaxed),
            bl = atomic_load_explicit(&sc->blocks, memory_order_relaxed);
    if (fresh) { /* a call's first sample: the last one was the call's before */
      sc->prev_bytes = sc->last_bytes;
      sc->prev_blocks = sc->last_blocks;
    }
    sc->last_bytes = by < 0 ? 0 : by;
    sc->last_blocks = bl < 0 ? 0 : bl;
  }
}

/* A sampled call of P returned: its sample, as of its return. */
void razor_account_sample(struct razor_probe *p) {
  razor_lock_acquire(&p->lock);
  uint64_t k = ++p->calls;
  p->all_calls++;
  int clear = (p->opts & RAZOR_OPT_CLEAR) != 0;
  int traceback = (p->opts & RAZOR_OPT_TRACEBACK) != 0;
  for (struct razor_counter *c =
           atomic_load_explicit(&p->counters, memory_order_acquire);
       c; c = c->next) {
    set_sample(c, k, atomic_load_explicit(&c->bytes, memory_order_relaxed),
               atomic_load_explicit(&c->blocks, memory_order_relaxed));
    if (traceback)
      sample_stacks(c, c->last_bytes, clear, 1);
    if (clear && c->last_bytes > 0) { /* each call judged alone */
      c->all_bytes += c->last_bytes;
      c->all_blocks += c->last_blocks;
      c->all_found++;
    }
  }
  razor_lock_release(&p->lock);
}

/* P's next sampled call begins: the sample of its last call is taken again,
 * now that the caller has done with its result (freed it, caught the
 * exception in flight).  SPEC 1: s_k is taken when call k + 1 begins. */
void razor_account_resample(struct razor_probe *p) {
  razor_lock_acquire(&p->lock);
  uint64_t k = p->calls;
  for (struct razor_counter *c =
           atomic_load_explicit(&p->counters, memory_order_acquire);
       c && k; c = c->next) {
    set_sample(c, k, atomic_load_explicit(&c->bytes, memory_order_relaxed),
               atomic_load_explicit(&c->blocks, memory_order_relaxed));
    if (p->opts & RAZOR_OPT_TRACEBACK)
      sample_stacks(c, c->last_bytes, (p->opts & RAZOR_OPT_CLEAR) != 0, 0);
  }
  razor_lock_release(&p->lock);
}

/* See razor_account.h.  Q's thread, right after Q's sample: Q's counters
 * are its own (only its calls sample or reset them), the peers of its
 * counters and stacks are made first, with no probe's lock held (the
 * counters' locks are never taken under one), then P's figures change
 * under P's lock: each of P's sites kept, in this call, what Q's kept
 * (nothing when Q has no counter of it). */
void razor_account_fold(struct razor_probe *q) {
  struct razor_probe *p = q->parent;
  int traceback = (q->opts & RAZOR_OPT_TRACEBACK) != 0;
  for (struct razor_counter *c =
           atomic_load_explicit(&q->counters, memory_order_acquire);
       c; c = c->next) {
    if (!c->peer && !(c->peer = counter_get(p, c->site, 1))) {
      if (c->last_bytes > 0)
        razor_note_dropped();
      continue;
    }
    for (struct razor_stack_count *sc =
             traceback ? atomic_load_explicit(&c->stacks, memory_order_acquire)
                       : NULL;
         sc; sc = sc->next)
      if (!sc->peer && sc->last_blocks > 0)
        sc->peer = stack_count_get(c->peer, sc->stack, 1);
  }
  razor_lock_acquire(&p->lock);
  uint64_t k = ++p->all_calls;
  p->calls = 1;
  for (struct razor_counter *c =
           atomic_load_explicit(&p->counters, memory_order_acquire);
       c; c = c->next) {
    c->last_bytes = c->last_blocks = 0;
    for (struct razor_stack_count *sc = atomic_load(&c->stacks); sc;
         sc = sc->next)
      sc->last_bytes = sc->last_blocks = 0;
  }
  for (struct razor_counter *c =
           atomic_load_explicit(&q->counters, memory_order_acquire);
       c; c = c->next) {
    if (!c->peer)
      continue;
    c->peer->last_bytes = c->last_bytes;
    c->peer->last_blocks = c->last_blocks;
    for (struct razor_stack_count *sc =
             traceback ? atomic_load(&c->stacks) : NULL;
         sc; sc = sc->next)
      if (sc->peer) {
        sc->peer->last_bytes = sc->last_bytes;
        sc->peer->last_blocks = sc->last_blocks;
        if (sc->last_blocks > 0 && sc->last_bytes > 0) {
          sc->peer->all_bytes += sc->last_bytes;
          sc->peer->all_blocks += sc->last_blocks;
        }
      }
  }
  for (struct razor_counter *c =
           atomic_load_explicit(&p->counters, memory_order_acquire);
       c; c = c->next) {
    int64_t v = c->last_bytes;
    if (v > 0) { /* each call judged alone */
      c->all_bytes += v;
      c->all_blocks += c->last_blocks;
      c->all_found++;
    }
    if (v != c->call_last) {
      struct razor_point *pt = razor_vec_push(&c->per_call);
      if (pt) {
        pt->k = k;
        pt->bytes = v;
        c->call_last = v;
      } else {
        razor_note_dropped();
      }
    }
  }
  razor_lock_release(&p->lock);
}

/* Thread T ends with no activation open: nothing is pending any more. */
RAZOR_RESIDENT void razor_account_thread_exit(struct razor_tls *t) {
  if (t->pend && !t->depth) {
    razor_unmap(t->pend->slot, pend_bytes(t->pend->cap));
    t->pend_spare = t->pend; /* the header, for the block's next thread */
    t->pend = NULL;
    memset(t->acct_ctx, 0, sizeof t->acct_ctx);
  }
}

/* Takes (LOCK set) or releases the counters' lock around fork(). */
RAZOR_RESIDENT void razor_account_fork_lock(int lock) {
  if (lock) {
    razor_lock_acquire(&ctr_lock);
    razor_lock_acquire(&sc_lock);
  } else {
    razor_lock_release(&sc_lock);
    razor_lock_release(&ctr_lock);
  }
}
