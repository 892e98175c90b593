/* razor_probe.c - sites, probes, probe sets, counters, activations and
 * samples: everything the hot path updates.  Nothing here formats. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <pthread.h>

#include "razor_internal.h"

__thread struct razor_tls razor_tls __attribute__((tls_model("initial-exec")));
RAZOR_EXPORT __thread uint32_t __razor_sampling
    __attribute__((tls_model("initial-exec")));

/* Bumped by the setenv family: probes re-read their trigger when it moved. */
atomic_uint razor_env_gen = 1;
/* Bumped whenever a probe's epoch changes: threads recompute their set. */
atomic_uint razor_epoch_gen = 1;

/* ---- small id hash tables (sites, sets) ---- */

/* Each slot holds (hash32 << 32) | id; 0 is empty. */
struct idhash {
  uint64_t *slots;
  size_t cap, count;
};

static int idhash_reserve(struct idhash *h) {
  if ((h->count + 1) * 2 <= h->cap)
    return 0;
  size_t ncap = h->cap ? h->cap * 2 : 1024;
  uint64_t *n = razor_map(ncap * sizeof *n);
  if (!n)
    return -1;
  for (size_t i = 0; i < h->cap; i++) {
    uint64_t e = h->slots[i];
    if (!e)
      continue;
    for (size_t j = (e >> 32) & (ncap - 1);; j = (j + 1) & (ncap - 1))
      if (!n[j]) {
        n[j] = e;
        break;
      }
  }
  razor_unmap(h->slots, h->cap * sizeof *h->slots);
  h->slots = n;
  h->cap = ncap;
  return 0;
}

static void idhash_put(struct idhash *h, uint32_t hash, uint32_t id) {
  for (size_t j = hash & (h->cap - 1);; j = (j + 1) & (h->cap - 1))
    if (!h->slots[j]) {
      h->slots[j] = ((uint64_t)hash << 32) | id;
      h->count++;
      return;
    }
}

static uint64_t mix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  return h ^ (h >> 33);
}

static uint64_t hash_str(uint64_t h, const char *s) {
  for (; s && *s; s++)
    h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
  return h;
}

static int str_eq(const char *a, const char *b) {
  return strcmp(a ? a : "", b ? b : "") == 0;
}

/* ---- sites ---- */

/* The user's call into foreign code running on this thread (the pass sets
 * and restores it around such calls). */
RAZOR_EXPORT __thread struct razor_site *__razor_callsite
    __attribute__((tls_model("initial-exec")));

/* Its address, for code compiled without optimisation (razor_abi.h). */
RAZOR_EXPORT struct razor_site **__razor_callsite_address(void) {
  return &__razor_callsite;
}

static razor_lock site_lock;
static struct razor_idtab site_tab;
/* id -> the first system-header record an allocation charged to that id
 * really happened at (the JSON's "via"). */
static struct razor_idtab via_tab;
static uint32_t site_count;
static struct idhash site_hash;

/* Gives S its id (records with the same file:line:column share one; a
 * record without a line is a site of its own) and returns it.  Returns 0
 * when out of memory.  Idempotent and thread-safe. */
uint32_t razor_site_register(struct razor_site *s) {
  uint32_t id = __atomic_load_n(&s->id, __ATOMIC_ACQUIRE);
  if (id)
    return id;
  uint32_t h = (uint32_t)mix64(hash_str(0xcbf29ce484222325ull, s->file) ^
                               ((uint64_t)s->line << 20) ^ s->column);
  razor_lock_acquire(&site_lock);
  id = __atomic_load_n(&s->id, __ATOMIC_ACQUIRE);
  if (id) {
    razor_lock_release(&site_lock);
    return id;
  }
  if (s->line && site_hash.cap) {
    for (size_t j = h & (site_hash.cap - 1); site_hash.slots[j];
         j = (j + 1) & (site_hash.cap - 1)) {
      uint64_t e = site_hash.slots[j];
      if ((uint32_t)(e >> 32) != h)
        continue;
      struct razor_site *o = razor_idtab_get(&site_tab, (uint32_t)e);
      if (o && o->line == s->line && o->column == s->column &&
          (o->kind == RAZOR_KIND_CALL) == (s->kind == RAZOR_KIND_CALL) &&
          str_eq(o->file, s->file)) {
        id = (uint32_t)e;
        break;
      }
    }
  }
  if (!id && (!s->line || !idhash_reserve(&site_hash)) &&
      !razor_idtab_set(&site_tab, site_count + 1, s)) {
    id = ++site_count;
    if (s->line)
      idhash_put(&site_hash, h, id);
  }
  if (id)
    __atomic_store_n(&s->id, id, __ATOMIC_RELEASE);
  razor_lock_release(&site_lock);
  return id;
}

/* The first record registered under ID, or NULL. */
struct razor_site *razor_site_get(uint32_t id) {
  return id ? razor_idtab_get(&site_tab, id) : NULL;
}

/* The record in a system header where the allocations charged to ID were
 * really made (the first one seen), or NULL. */
struct razor_site *razor_site_via(uint32_t id) {
  return id ? razor_idtab_get(&via_tab, id) : NULL;
}

/* Remembers VIA as where allocations charged to ID happen, unless one is
 * known already; a record with a location (a system header's) wins over
 * one without (a function of a library built without the plugin). */
static void site_set_via(uint32_t id, struct razor_site *via) {
  struct razor_site *known = razor_idtab_get(&via_tab, id);
  if (known && (known->file || !via->file))
    return;
  razor_lock_acquire(&site_lock);
  known = razor_idtab_get(&via_tab, id);
  if (!known || (!known->file && via->file))
    razor_idtab_set(&via_tab, id, via);
  razor_lock_release(&site_lock);
}

/* ---- probes ---- */

static razor_lock probe_lock;
static struct razor_idtab probe_tab;
static atomic_uint probe_count;

/* Parses "TRIGGER{,OPTION}".  On success stores the trigger (an arena copy)
 * and the RAZOR_OPT_* bits and returns 0; otherwise writes a message to ERR
 * and returns -1. */
int razor_parse_spec(const char *spec, const char **trigger, unsigned *opts,
                     char *err, size_t errlen) {
  if (!spec)
    spec = "";
  const char *comma = strchr(spec, ',');
  size_t tlen = comma ? (size_t)(comma - spec) : strlen(spec);
  for (size_t i = 0; i < tlen; i++) {
    char c = spec[i];
    int ok = c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
             (i > 0 && c >= '0' && c <= '9');
    if (!ok) {
      snprintf(err, errlen, "bad trigger name '%.*s' in \"%s\"", (int)tlen,
               spec, spec);
      return -1;
    }
  }
  unsigned o = 0, seen = 0;
  for (const char *p = comma; p; p = strchr(p + 1, ',')) {
    const char *q = p + 1, *e = strchr(q, ',');
    size_t n = e ? (size_t)(e - q) : strlen(q);
    static const struct {
      const char *name;
      unsigned bit, set;
    } names[] = {{"traceback", 1, RAZOR_OPT_TRACEBACK},
                 {"clear", 2, RAZOR_OPT_CLEAR},
                 {"strict", 4, 0},
                 {"nostrict", 4, RAZOR_OPT_NOSTRICT},
                 {"debug", 8, RAZOR_OPT_DEBUG}};
    size_t k;
    for (k = 0; k < sizeof names / sizeof names[0]; k++)
      if (strlen(names[k].name) == n && !strncmp(names[k].name, q, n))
        break;
    if (k == sizeof names / sizeof names[0]) {
      snprintf(err, errlen, "unknown option '%.*s' in \"%s\"", (int)n, q,
               spec);
      return -1;
    }
    if (seen & names[k].bit) {
      snprintf(err, errlen, "repeated or conflicting option '%.*s' in \"%s\"",
               (int)n, q, spec);
      return -1;
    }
    seen |= names[k].bit;
    o |= names[k].set;
  }
  char *t = razor_arena_alloc(tlen + 1);
  if (!t) {
    snprintf(err, errlen, "out of memory");
    return -1;
  }
  memcpy(t, spec, tlen);
  *trigger = t;
  *opts = o;
  return 0;
}

/* Caller holds probe_lock.  Returns NULL when out of memory. */
static struct razor_probe *probe_alloc(void) {
  uint32_t idx = atomic_load(&probe_count) + 1;
  struct razor_probe *p = razor_arena_alloc(sizeof *p);
  if (!p || razor_idtab_set(&probe_tab, idx, p))
    return NULL;
  p->index = idx;
  atomic_store(&probe_count, idx);
  return p;
}

/* Creates a probe for the C API.  NAME and TRIGGER are copied.  Returns
 * NULL when out of memory. */
struct razor_probe *razor_probe_new(const char *name, const char *trigger,
                                    unsigned opts) {
  razor_lock_acquire(&probe_lock);
  struct razor_probe *p = probe_alloc();
  if (p) {
    p->name = razor_arena_strdup(name);
    p->trigger = trigger;
    p->file = p->dir = "";
    p->opts = opts;
    p->created = 1;
    p->valid = p->name != NULL;
  }
  razor_lock_release(&probe_lock);
  return p;
}

/* The runtime probe of descriptor D, registering it on first use
 * (descriptors with the same function, file and line share one probe).
 * Returns NULL for a descriptor of another ABI version or out of memory.
 * A malformed spec prints one line; that probe never samples. */
struct razor_probe *razor_probe_of(struct razor_probe_desc *d) {
  struct razor_probe *p = __atomic_load_n(&d->state, __ATOMIC_ACQUIRE);
  if (RAZOR_LIKELY(p != NULL))
    return p;
  if (d->abi_version != RAZOR_ABI_VERSION)
    return NULL;
  char err[256];
  err[0] = 0;
  razor_lock_acquire(&probe_lock);
  p = __atomic_load_n(&d->state, __ATOMIC_ACQUIRE);
  if (!p) {
    uint32_t n = atomic_load(&probe_count);
    for (uint32_t i = 1; i <= n && !p; i++) {
      struct razor_probe *q = razor_idtab_get(&probe_tab, i);
      if (q && !q->created && q->line == d->line &&
          str_eq(q->name, d->function) && str_eq(q->file, d->file))
        p = q;
    }
    if (!p && (p = probe_alloc())) {
      /* Copies: the module the descriptor lives in may be unloaded. */
      p->name = razor_arena_strdup(d->function ? d->function : "");
      p->file = razor_arena_strdup(d->file ? d->file : "");
      p->dir = razor_arena_strdup(d->dir ? d->dir : "");
      if (!p->name || !p->file || !p->dir)
        p->name = p->file = p->dir = "";
      p->line = d->line;
      p->fn = d->fn;
      p->valid = !razor_parse_spec(d->spec, &p->trigger, &p->opts, err,
                                   sizeof err);
      if (!p->valid)
        p->trigger = "";
    }
    if (p)
      __atomic_store_n(&d->state, p, __ATOMIC_RELEASE);
  }
  razor_lock_release(&probe_lock);
  if (err[0])
    fprintf(stderr, "razortrace: probe %s in %s:%u: %s\n",
            d->function ? d->function : "?", d->file ? d->file : "?",
            (unsigned)d->line, err);
  return p;
}

/* The probe with index INDEX (1-based), or NULL. */
struct razor_probe *razor_probe_get(uint32_t index) {
  return razor_idtab_get(&probe_tab, index);
}

/* How many probes were ever registered (the highest index). */
uint32_t razor_probe_count(void) {
  return atomic_load(&probe_count);
}

/* Drops P's samples: a new epoch (blocks from before no longer count),
 * every counter and series zeroed, calls back to 0. */
void razor_probe_do_reset(struct razor_probe *p) {
  razor_lock_acquire(&p->lock);
  atomic_fetch_add(&p->epoch, 1);
  atomic_fetch_add(&razor_epoch_gen, 1);
  p->calls = 0;
  for (struct razor_counter *c = atomic_load(&p->counters); c; c = c->next) {
    atomic_store(&c->bytes, 0);
    atomic_store(&c->blocks, 0);
    c->series.len = 0;
    c->last_bytes = c->last_blocks = 0;
    c->reclaimed = 0;
    atomic_store(&c->stack, 0);
  }
  razor_lock_release(&p->lock);
}

/* ---- counters: (probe index, site id) -> counter, lock-free reads ---- */

struct ctr_table {
  size_t cap;
  _Atomic(struct razor_counter *) slot[];
};

static _Atomic(struct ctr_table *) ctr_tab;
static razor_lock ctr_lock;
static size_t ctr_count;

static inline size_t ctr_hash(uint32_t probe, uint32_t site) {
  return (size_t)mix64(((uint64_t)probe << 32) | site);
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
        (c = razor_arena_alloc(sizeof *c))) {
      c->probe = p->index;
      c->site = site;
      c->series.elsize = sizeof(struct razor_point);
      c->series.small = 1;
      c->next = atomic_load(&p->counters);
      atomic_store_explicit(&p->counters, c, memory_order_release);
      ctr_place(t, c);
      ctr_count++;
    }
  }
  razor_lock_release(&ctr_lock);
  return c;
}

/* Sample value of C after sampled call K (0 before its first change point).
 * The caller holds the probe's lock. */
int64_t razor_counter_value_at(const struct razor_counter *c, uint64_t k) {
  const struct razor_point *pt = c->series.data;
  size_t lo = 0, hi = c->series.len;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (pt[mid].k <= k)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo ? pt[lo - 1].bytes : 0;
}

/* ---- probe sets: the (probe, epoch) pairs active at an allocation ---- */

struct razor_pair {
  uint32_t probe, epoch;
};
/* The probes an allocation counts for (with their epochs), on one thread:
 * a set belongs to the thread that allocated under it. */
struct razor_set {
  uint32_t n, hash, thread;
  struct razor_pair pairs[];
};

static razor_lock set_lock;
static struct razor_idtab set_tab;
static uint32_t set_count;
static struct idhash set_hash;

static uint32_t set_intern(const struct razor_pair *pairs, uint32_t n,
                           uint32_t thread) {
  if (!n)
    return 0;
  uint64_t h64 = mix64(0x9E3779B97F4A7C15ull ^ thread);
  for (uint32_t i = 0; i < n; i++)
    h64 = mix64(h64 ^ (((uint64_t)pairs[i].probe << 32) | pairs[i].epoch));
  uint32_t h = (uint32_t)h64, id = 0;
  /* The thread's recent answers first: sets never change once made, so
   * one is compared without the lock. */
  struct razor_tls *t = &razor_tls;
  unsigned k = h & (RAZOR_SET_CACHE - 1);
  if (t->set_cache_h[k] == h && t->set_cache_id[k]) {
    struct razor_set *s = razor_idtab_get(&set_tab, t->set_cache_id[k]);
    if (s && s->n == n && s->thread == thread &&
        !memcmp(s->pairs, pairs, n * sizeof *pairs))
      return t->set_cache_id[k];
  }
  razor_lock_acquire(&set_lock);
  if (set_hash.cap) {
    for (size_t j = h & (set_hash.cap - 1); set_hash.slots[j];
         j = (j + 1) & (set_hash.cap - 1)) {
      uint64_t e = set_hash.slots[j];
      if ((uint32_t)(e >> 32) != h)
        continue;
      struct razor_set *s = razor_idtab_get(&set_tab, (uint32_t)e);
      if (s && s->n == n && s->thread == thread &&
          !memcmp(s->pairs, pairs, n * sizeof *pairs)) {
        id = (uint32_t)e;
        break;
      }
    }
  }
  if (!id && !idhash_reserve(&set_hash)) {
    struct razor_set *s = razor_arena_alloc(sizeof *s + n * sizeof *pairs);
    if (s && !razor_idtab_set(&set_tab, set_count + 1, s)) {
      s->n = n;
      s->hash = h;
      s->thread = thread;
      memcpy(s->pairs, pairs, n * sizeof *pairs);
      id = ++set_count;
      idhash_put(&set_hash, h, id);
    }
  }
  razor_lock_release(&set_lock);
  if (id) {
    t->set_cache_h[k] = h;
    t->set_cache_id[k] = id;
  }
  return id;
}

/* ---- contexts: (set, site) pairs as the pointer table's entries name
 * them (razor_internal.h).  Interned for good; ids index chunks that never
 * move, so a lookup by id takes no lock. ---- */

static razor_lock ctx_lock;
_Atomic(uint64_t *) razor_ctx_chunks[RAZOR_CTX_CHUNKS];
static uint32_t ctx_count;
static struct idhash ctx_hash;

static uint32_t ctx_intern(uint64_t key) {
  uint32_t h = (uint32_t)mix64(key), id = 0;
  razor_lock_acquire(&ctx_lock);
  for (size_t j = ctx_hash.cap ? h & (ctx_hash.cap - 1) : 0;
       ctx_hash.cap && ctx_hash.slots[j]; j = (j + 1) & (ctx_hash.cap - 1)) {
    uint64_t e = ctx_hash.slots[j];
    if ((uint32_t)(e >> 32) == h && razor_ctx_key((uint32_t)e) == key) {
      id = (uint32_t)e;
      break;
    }
  }
  if (!id && ctx_count == RAZOR_CTX_MAX) {
    static int said;
    if (!said++)
      fprintf(stderr,
              "razortrace: %u (site, probe set) pairs in use, no more can be "
              "told apart: blocks allocated at new ones are not tracked (a "
              "probe with `clear` makes a new set at each call)\n",
              RAZOR_CTX_MAX);
  } else if (!id && !idhash_reserve(&ctx_hash)) {
    uint32_t n = ctx_count + 1;
    _Atomic(uint64_t *) *slot = &razor_ctx_chunks[n >> RAZOR_CTX_CHUNK_BITS];
    uint64_t *chunk = atomic_load_explicit(slot, memory_order_relaxed);
    if (!chunk && (chunk = razor_map(RAZOR_CTX_CHUNK * sizeof *chunk)))
      atomic_store_explicit(slot, chunk, memory_order_release);
    if (chunk) {
      chunk[n & (RAZOR_CTX_CHUNK - 1)] = key;
      ctx_count = id = n;
      idhash_put(&ctx_hash, h, id);
    }
  }
  razor_lock_release(&ctx_lock);
  return id;
}

/* The context of (SET, SITE), through this thread's cache; 0 when none can
 * be made. */
uint32_t razor_ctx_of(uint32_t set, uint32_t site) {
  struct razor_tls *t = &razor_tls;
  uint64_t key = (uint64_t)set << 32 | site;
  unsigned i = (site ^ set * 5u) & (RAZOR_CTX_CACHE - 1);
  if (RAZOR_LIKELY(t->ctx_key[i] == key))
    return t->ctx_id[i];
  uint32_t id = set && site ? ctx_intern(key) : 0;
  if (id) {
    t->ctx_key[i] = key;
    t->ctx_id[i] = id;
  }
  return id;
}

static atomic_uint thread_count;

static void refresh_set(struct razor_tls *t) {
  struct razor_pair pairs[RAZOR_MAX_DEPTH];
  if (!t->thread_idx)
    t->thread_idx = atomic_fetch_add(&thread_count, 1) + 1;
  t->set_gen = atomic_load(&razor_epoch_gen);
  for (uint32_t i = 0; i < t->depth; i++) {
    pairs[i].probe = t->stack[i].probe->index;
    pairs[i].epoch = atomic_load(&t->stack[i].probe->epoch);
  }
  t->set_id = set_intern(pairs, t->depth, t->thread_idx);
  int want = 0;
  for (uint32_t i = 0; i < t->depth; i++)
    want |= (t->stack[i].probe->opts & RAZOR_OPT_TRACEBACK) != 0;
  t->want_stack = want;
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
  struct razor_pend *n = pd ? pd : razor_arena_alloc(sizeof *n);
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
static void pend_publish(struct razor_tls *t, struct razor_probe *p) {
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

/* The serial of a block of thread T from the low 16 bits the table keeps:
 * the latest token at or before T's last one with those bits.  It is exact
 * for a block allocated within T's last 65536 activations; an older one
 * comes out newer, so its release may count when an open activation
 * returns instead of at once (the totals after that return are the same). */
static inline uint32_t serial_of(const struct razor_tls *t, uint32_t serial) {
  return t->next_token - (uint16_t)(t->next_token - serial);
}

/* True when thread T has an activation of P open since before a block with
 * SERIAL was allocated: that block is still pending there. */
static int pending_in(const struct razor_tls *t, const struct razor_probe *p,
                      uint32_t serial) {
  serial = serial_of(t, serial);
  for (uint32_t i = 0; i < t->depth; i++)
    if (t->stack[i].probe == p && t->stack[i].token <= serial)
      return 1;
  return 0;
}

/* Adds DBYTES and DBLOCKS to P's shared counter of SITE (made for an
 * addition when missing). */
static void shared_add(struct razor_probe *p, uint32_t site, int64_t dbytes,
                       int64_t dblocks) {
  struct razor_counter *c = counter_get(p, site, dbytes > 0 || dblocks > 0);
  if (!c)
    return;
  atomic_fetch_add_explicit(&c->bytes, dbytes, memory_order_relaxed);
  atomic_fetch_add_explicit(&c->blocks, dblocks, memory_order_relaxed);
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

static void account_slow(struct razor_tls *t, const struct razor_block *b,
                         int64_t dbytes, int64_t dblocks);

/* razor_account's cached way for a block of context CTX and serial SERIAL
 * (its low 16 bits are enough): 1 when done, 0 when razor_account has to.
 * An entry is cached for a context of the set of one open activation (only
 * account_slow fills the cache, and only at depth 1); a hit with that set
 * current is a block of the activation open now or of an earlier one of
 * the same probe (the serial tells).  No probe was reset since the thread
 * last made its set (set_gen), and a reset makes a new set, so the entry's
 * epoch is the probe's: pend_add's test is not needed. */
static inline __attribute__((always_inline)) int
account_cached(struct razor_tls *t, uint32_t ctx, uint32_t serial,
               int64_t dbytes, int64_t dblocks) {
  unsigned i = ctx & (RAZOR_ACCT_CACHE - 1);
  if (RAZOR_LIKELY(t->acct_ctx[i] == ctx && ctx &&
                   t->acct_set[i] == t->set_id &&
                   t->set_gen == atomic_load_explicit(&razor_epoch_gen,
                                                      memory_order_relaxed) &&
                   t->stack[0].token <= serial_of(t, serial))) {
    struct pend_entry *e = t->acct_e[i];
    e->bytes += dbytes;
    e->blocks += dblocks;
    if (!e->dirty) {
      e->dirty = 1;
      t->pend->dirty[t->pend->ndirty++] = (uint32_t)(e - t->pend->slot);
    }
    return 1;
  }
  return 0;
}

/* Adds DBYTES and DBLOCKS (negative for a release) for block B to the
 * counter of its site of every probe of its set whose epoch still matches:
 * to this thread's pending counts while the allocating activation is open
 * here, else to the shared counter.  Any thread.  The common case, a
 * block of the one activation open on this thread, goes straight to its
 * pending entry through the thread's cache. */
void razor_account(const struct razor_block *b, int64_t dbytes,
                   int64_t dblocks) {
  struct razor_tls *t = &razor_tls;
  if (!account_cached(t, b->ctx, b->serial, dbytes, dblocks))
    account_slow(t, b, dbytes, dblocks);
}

/* Takes a released block's record (context CTX, serial SERIAL, SIZE bytes)
 * off the counts.  The caller has the recursion guard set. */
static inline __attribute__((always_inline)) void
forget_record(struct razor_tls *t, uint32_t ctx, uint32_t serial,
              uint64_t size) {
  if (!account_cached(t, ctx, serial, -(int64_t)size, -1)) {
    struct razor_block b = {0, size, 0, 0, ctx, serial};
    razor_ctx_get(ctx, &b.set, &b.site);
    account_slow(t, &b, -(int64_t)size, -1);
  }
}

/* Leaves a record for the thread to take off once it is out of the
 * runtime: 0 when there is no room (it then counts on).  Called from a
 * signal handler while the thread is in the runtime (its guard set, so
 * nothing but another handler's push runs in between): a slot is reserved
 * first, so a nested handler's push takes the next one. */
static int defer_record(struct razor_tls *t, uint32_t ctx, uint32_t serial,
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
void razor_drain_deferred(void) {
  struct razor_tls *t = &razor_tls;
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
      forget_record(t, ctx, serial, size);
  }
  t->guard = 0;
}

/* Takes the record off header H: its block counts no more. */
static inline __attribute__((always_inline)) void hdr_forget(uint64_t *h) {
  struct razor_tls *t = &razor_tls;
  uint64_t info = h[1];
  uint32_t ctx = razor_hdr_ctx(info);
  if (!ctx)
    return;
  uint64_t size = razor_hdr_size(info);
  uint32_t serial = (uint16_t)h[0];
  if (RAZOR_UNLIKELY(t->guard)) { /* a signal handler's release */
    if (defer_record(t, ctx, serial, size))
      h[1] = 0;
    return;
  }
  if (RAZOR_UNLIKELY(atomic_load_explicit(&t->ndeferred,
                                          memory_order_relaxed)))
    razor_drain_deferred();
  t->guard = 1;
  h[1] = 0;
  forget_record(t, ctx, serial, size);
  t->guard = 0;
}

void razor_hdr_forget(uint64_t *h) {
  hdr_forget(h);
}

/* Releases the block of header H: its record, then its memory.  Here
 * rather than in razor_rtl.c: the release path's one call. */
void razor_hdr_free(uint64_t *h) {
  hdr_forget(h);
  razor_hdr_give_back(h);
}

__attribute__((noinline)) static void
account_slow(struct razor_tls *t, const struct razor_block *b, int64_t dbytes,
             int64_t dblocks) {
  if (of_current_set(t, b)) {
    uint32_t serial = serial_of(t, b->serial);
    for (uint32_t i = 0; i < t->depth; i++) {
      struct razor_probe *p = t->stack[i].probe;
      struct pend_entry *e = t->stack[i].token <= serial
                                 ? pend_get(t, p, b->site)
                                 : NULL;
      if (e) {
        pend_add(t, e,
                 atomic_load_explicit(&p->epoch, memory_order_relaxed),
                 dbytes, dblocks);
        if (t->depth == 1 && b->ctx) {
          unsigned k = b->ctx & (RAZOR_ACCT_CACHE - 1);
          t->acct_ctx[k] = b->ctx;
          t->acct_set[k] = b->set;
          t->acct_e[k] = e;
        }
      } else {
        shared_add(p, b->site, dbytes, dblocks);
      }
    }
    return;
  }
  struct razor_set *s = b->set ? razor_idtab_get(&set_tab, b->set) : NULL;
  if (!s)
    return;
  int mine = s->thread == t->thread_idx;
  for (uint32_t i = 0; i < s->n; i++) {
    struct razor_probe *p = razor_probe_get(s->pairs[i].probe);
    if (!p || atomic_load_explicit(&p->epoch, memory_order_relaxed) !=
                  s->pairs[i].epoch)
      continue;
    if (mine && pending_in(t, p, b->serial)) {
      struct pend_entry *e = pend_get(t, p, b->site);
      if (e) {
        pend_add(t, e, s->pairs[i].epoch, dbytes, dblocks);
        continue;
      }
    }
    shared_add(p, b->site, dbytes, dblocks);
  }
}

/* Gives the counter of SITE of every probe of SET with `traceback` (epoch
 * still current) stack STACK, unless it has one already: the stack of its
 * first block since the last reset is the one reported.  Any thread. */
static void note_stack(uint32_t set, uint32_t site, uint32_t stack) {
  struct razor_set *s = set ? razor_idtab_get(&set_tab, set) : NULL;
  for (uint32_t i = 0; s && i < s->n; i++) {
    struct razor_probe *p = razor_probe_get(s->pairs[i].probe);
    if (!p || !(p->opts & RAZOR_OPT_TRACEBACK) ||
        atomic_load_explicit(&p->epoch, memory_order_relaxed) !=
            s->pairs[i].epoch)
      continue;
    struct razor_counter *c = counter_get(p, site, 0);
    unsigned none = 0;
    if (c && !atomic_load_explicit(&c->stack, memory_order_relaxed))
      atomic_compare_exchange_strong(&c->stack, &none, stack);
  }
}

/* ---- tracking ---- */

/* Records PTR (SIZE bytes) for every probe sampling on this thread, charged
 * to SITE; VIA (may be NULL) is where it really happened.  FRAME starts a
 * stack walk.  The record goes into PTR's header when it has one, else
 * into the table (always for a MAPPING, whose address may have nothing
 * mapped in front of it). */
static void track_at(void *ptr, uint64_t size, struct razor_site *site,
                     struct razor_site *via, void *frame, int mapping) {
  struct razor_tls *t = &razor_tls;
  t->guard = 1;
  /* Our own frame, always valid, for closing activations a longjmp left;
   * FRAME (the caller's, possibly without a frame pointer) only starts a
   * stack walk, which checks every frame against the stack's bounds. */
  void *here = __builtin_frame_address(0);
  if (t->depth && (uintptr_t)t->stack[t->depth - 1].frame <= (uintptr_t)here)
    razor_reap(here);
  if (__razor_sampling) {
    uint32_t sid = __atomic_load_n(&site->id, __ATOMIC_ACQUIRE);
    if (!sid)
      sid = razor_site_register(site);
    if (via && sid)
      site_set_via(sid, via);
    if (t->set_gen != atomic_load(&razor_epoch_gen))
      refresh_set(t);
    if (sid && t->set_id) {
      /* Captured before any lock is taken (it may allocate, once). */
      uint32_t stack = t->want_stack ? razor_stack_capture(frame) : 0;
      struct razor_block b = {(uintptr_t)ptr, size, sid, t->set_id,
                              razor_ctx_of(t->set_id, sid), t->next_token},
                         old;
      uint64_t *h = mapping ? NULL : razor_hdr_of(ptr);
      int r;
      if (h) { /* a block of ours: its header is its record */
        r = razor_hdr_block(ptr, h, &old);
        if (b.ctx && size < (1ull << RAZOR_HDR_SIZE_BITS)) {
          razor_hdr_set(h, &b);
        } else {
          h[1] = 0;
          if (r)
            razor_account(&old, -(int64_t)old.size, -1);
          r = -1;
        }
      } else {
        r = razor_heap_insert(&b, &old, 1);
      }
      if (r == 1)
        razor_account(&old, -(int64_t)old.size, -1);
      if (r >= 0)
        razor_account(&b, (int64_t)size, 1);
      while (RAZOR_UNLIKELY(t->heap_stale) && razor_heap_stale(&old))
        razor_account(&old, -(int64_t)old.size, -1);
      if (r >= 0 && stack)
        note_stack(b.set, b.site, stack);
    }
  }
  t->guard = 0;
}

/* Records an allocation made at SITE in instrumented code.  One in a system
 * header (the standard library's containers) is charged to the user's line
 * that called into it. */
void razor_track_alloc(void *ptr, uint64_t size, struct razor_site *site,
                       void *frame) {
  if (!ptr || !site || razor_tls.guard)
    return;
  if (!frame) /* the hook that called (its saved frame pointer): where
                 stack walks start */
    frame = *(void **)__builtin_frame_address(0);
  struct razor_site *via = NULL;
  if ((site->flags & RAZOR_SITE_SYSTEM_HEADER) && __razor_callsite) {
    via = site;
    site = __razor_callsite;
  }
  track_at(ptr, size, site, via, frame, 0);
}

/* True when site ID has a "via" record already (one with a location if
 * LOCATED): nothing to remember for it.  Through the thread's cache. */
static inline int via_known(struct razor_tls *t, uint32_t id, int located) {
  unsigned k = id & (RAZOR_ACCT_CACHE - 1);
  uint32_t v = t->via_ok[k];
  if (v >> 1 == id && ((v & 1) || !located))
    return 1;
  struct razor_site *known = razor_idtab_get(&via_tab, id);
  if (!known || (located && !known->file))
    return 0;
  t->via_ok[k] = id << 1 | (known->file != NULL);
  return 1;
}

/* The common case of recording a block of N bytes with header H, just
 * allocated while this thread samples, in one go, the header written:
 * at SITE in instrumented code (razor_hdr_track), or, FOREIGN set, in code
 * built without the plugin during the user's call SITE.  0 when
 * razor_track_alloc or razor_track_foreign must do it (the header not
 * written): inside the runtime, a site not seen before, a "via" not known
 * yet, `traceback`, an activation to close, a set or context not known. */
int razor_track_fresh(uint64_t *h, uint64_t n, struct razor_site *site,
                      int foreign) {
  struct razor_tls *t = &razor_tls;
  if (RAZOR_UNLIKELY(t->guard || !t->depth || !t->set_id || t->want_stack ||
                     t->set_gen != atomic_load_explicit(
                                       &razor_epoch_gen, memory_order_relaxed)))
    return 0;
  /* As razor_track_alloc: a system header's allocation is charged to the
   * user's call into it. */
  int located = 0;
  if (!foreign && (site->flags & RAZOR_SITE_SYSTEM_HEADER) &&
      __razor_callsite) {
    site = __razor_callsite;
    located = 1;
  }
  uint32_t sid = __atomic_load_n(&site->id, __ATOMIC_ACQUIRE);
  if (!sid || ((foreign || located) && !via_known(t, sid, located)))
    return 0;
  void *top = t->stack[t->depth - 1].frame;
  if (top && (uintptr_t)top <= (uintptr_t)__builtin_frame_address(0))
    return 0;
  uint64_t key = (uint64_t)t->set_id << 32 | sid;
  unsigned i = (sid ^ t->set_id * 5u) & (RAZOR_CTX_CACHE - 1);
  if (t->ctx_key[i] != key)
    return 0;
  struct razor_block b = {(uintptr_t)(h + 2), n, sid, t->set_id,
                          t->ctx_id[i], t->next_token};
  t->guard = 1;
  razor_hdr_set(h, &b);
  if (!account_cached(t, b.ctx, b.serial, (int64_t)n, 1))
    account_slow(t, &b, (int64_t)n, 1);
  t->guard = 0;
  return 1;
}

/* razor_track_alloc for a mapping (mmap's result): always in the table. */
void razor_track_mapping(void *ptr, uint64_t size, struct razor_site *site) {
  if (!ptr || !site || razor_tls.guard)
    return;
  track_at(ptr, size, site, NULL, *(void **)__builtin_frame_address(0), 1);
}


/* Records a block that code built without the plugin allocated with
 * function KIND, charged to the user's current call into that code. */
void razor_track_foreign(void *ptr, uint64_t size, unsigned kind,
                         void *frame) {
  struct razor_site *site = __razor_callsite;
  if (!ptr || !site || razor_tls.guard || kind >= RAZOR_KIND_COUNT)
    return;
  if (!frame)
    frame = *(void **)__builtin_frame_address(0);
  /* Its "via", once per site: no location, the allocation function and the
   * function this very call went to (several calls on one line and column
   * share the site; the one that allocated is named). */
  uint32_t sid = __atomic_load_n(&site->id, __ATOMIC_ACQUIRE);
  if (!sid)
    sid = razor_site_register(site);
  if (sid && !razor_site_via(sid)) {
    struct razor_site *via = razor_arena_alloc(sizeof *via);
    if (via) {
      memset(via, 0, sizeof *via);
      via->kind = (uint16_t)kind;
      via->function = razor_arena_strdup(site->callee ? site->callee : "");
      site_set_via(sid, via);
    }
  }
  track_at(ptr, size, site, NULL, frame, 0);
}

/* Forgets PTR if it is tracked, wherever and whenever it is released. */
void razor_track_free(void *ptr) {
  uint64_t *h = razor_hdr_of(ptr);
  if (h)
    razor_hdr_forget(h);
  else
    razor_track_free_table(ptr);
}

/* razor_track_free for what the table may hold (a mapping, a block with
 * no header). */
void razor_track_free_table(void *ptr) {
  struct razor_tls *t = &razor_tls;
  /* Set while this thread is inside the runtime: a signal handler that
   * frees there must not take a table lock the thread already holds (the
   * block's record then stays: the handler's free is not seen). */
  if (t->guard || !(__atomic_load_n(&__razor_tracking, __ATOMIC_RELAXED) &
                    RAZOR_TRACKING_TABLE))
    return;
  t->guard = 1;
  struct razor_block b;
  if (razor_heap_remove((uintptr_t)ptr, &b))
    razor_account(&b, -(int64_t)b.size, -1);
  t->guard = 0;
}

/* ---- activations and samples ---- */

static void take_sample(struct razor_probe *p) {
  razor_lock_acquire(&p->lock);
  uint64_t k = ++p->calls;
  for (struct razor_counter *c =
           atomic_load_explicit(&p->counters, memory_order_acquire);
       c; c = c->next) {
    int64_t v = atomic_load_explicit(&c->bytes, memory_order_relaxed);
    int64_t b = atomic_load_explicit(&c->blocks, memory_order_relaxed);
    if (v < 0)
      v = 0;
    if (v != c->last_bytes) {
      struct razor_point *pt = razor_vec_push(&c->series);
      if (pt) {
        if (v < c->last_bytes)
          c->reclaimed = 1;
        pt->k = k;
        pt->bytes = v;
        c->last_bytes = v;
      }
    }
    /* Written only when it changes: another thread's sample reads this
     * cache line next. */
    if (b < 0)
      b = 0;
    if (c->last_blocks != b)
      c->last_blocks = b;
  }
  razor_lock_release(&p->lock);
}

/* Pops the innermost activation of this thread and takes its sample. */
static void close_top(struct razor_tls *t) {
  struct razor_probe *p = t->stack[t->depth - 1].probe;
  /* What signal handlers released during the call counts no more. */
  if (RAZOR_UNLIKELY(atomic_load_explicit(&t->ndeferred,
                                          memory_order_relaxed)))
    razor_drain_deferred();
  /* The call returns: what it kept now counts for everyone. */
  pend_publish(t, p);
  t->depth--;
  __razor_sampling--;
  refresh_set(t);
  take_sample(p);
  if (atomic_load(&p->destroyed))
    return;
  if (razor_flags.mode == RAZOR_REPORT_CALL ||
      ((p->opts & RAZOR_OPT_CLEAR) && razor_flags.mode != RAZOR_REPORT_NONE))
    razor_report_write(p, NULL, RAZOR_RK_CALL);
}

/* Closes this thread's activations left without an exit (longjmp): those
 * whose frame lies at or below FRAME on the stack (at an address no higher).
 * FRAME is the frame of code running now: a probe's entry, or the runtime
 * under an allocation hook.  Probe functions are never inlined (the pass
 * marks them noinline), so a live activation's frame lies strictly above
 * any frame of code it runs; C API activations (no frame) are left alone. */
void razor_reap(void *frame) {
  struct razor_tls *t = &razor_tls;
  while (t->depth) {
    struct razor_act *a = &t->stack[t->depth - 1];
    uintptr_t f = (uintptr_t)a->frame, cur = (uintptr_t)frame;
    if (!f || f > cur)
      break;
    close_top(t);
  }
}

/* Thread exit: the activations a thread leaves open (pthread_exit inside a
 * probe) are closed by a key destructor, so their calls are sampled. */
static pthread_key_t exit_key;
static pthread_once_t exit_key_once = PTHREAD_ONCE_INIT;
static __thread int exit_key_set;

static void on_thread_exit(void *unused) {
  (void)unused;
  razor_close_all();
  razor_heap_thread_exit();
  struct razor_tls *t = &razor_tls;
  if (t->pend && !t->depth) { /* nothing is pending any more */
    razor_unmap(t->pend->slot, pend_bytes(t->pend->cap));
    t->pend = NULL;
    memset(t->acct_ctx, 0, sizeof t->acct_ctx);
  }
}

static void make_exit_key(void) {
  pthread_key_create(&exit_key, on_thread_exit);
}

static void watch_thread_exit(void) {
  if (RAZOR_LIKELY(exit_key_set))
    return;
  exit_key_set = 1;
  pthread_once(&exit_key_once, make_exit_key);
  pthread_setspecific(exit_key, &exit_key_set);
}

/* Starts an activation of P on this thread.  FRAME is the probe function's
 * frame (NULL from the C API, API set).  Returns a token, 0 when this
 * activation is not sampled (off trigger, recursion, too deep, disabled). */
uint32_t razor_enter(struct razor_probe *p, void *frame, int api) {
  struct razor_tls *t = &razor_tls;
  /* What a build that leaves its probes in pays on every call: a trigger
   * seen off since the environment last changed, nothing open here (no
   * activation for a longjmp to have left behind). */
  if (RAZOR_LIKELY(p && !t->depth && p->trigger[0] &&
                   atomic_load_explicit(&p->env_gen, memory_order_acquire) ==
                       atomic_load_explicit(&razor_env_gen,
                                            memory_order_relaxed) &&
                   !atomic_load_explicit(&p->trig_on, memory_order_relaxed)))
    return 0;
  if (!p || !p->valid || t->guard || atomic_load(&p->destroyed) ||
      atomic_load_explicit(&razor_disabled, memory_order_relaxed))
    return 0;
  t->guard = 1;
  uint32_t tok = 0;
  if (frame)
    razor_reap(frame);
  for (uint32_t i = 0; i < t->depth; i++)
    if (t->stack[i].probe == p) {
      if (api)
        t->stack[i].nested++;
      goto out;
    }
  if (t->depth >= RAZOR_MAX_DEPTH)
    goto out;
  if (p->trigger[0]) {
    unsigned g = atomic_load(&razor_env_gen);
    if (atomic_load(&p->env_gen) != g) {
      const char *v = getenv(p->trigger);
      int on = v && *v && strcmp(v, "0") && strcasecmp(v, "false") &&
               strcasecmp(v, "no") && strcasecmp(v, "off");
      atomic_store(&p->trig_on, on);
      atomic_store(&p->env_gen, g);
    }
    if (!atomic_load(&p->trig_on))
      goto out;
  }
  if (p->opts & RAZOR_OPT_CLEAR)
    razor_probe_do_reset(p);
  tok = ++t->next_token;
  if (!tok)
    tok = ++t->next_token;
  watch_thread_exit();
  t->stack[t->depth++] = (struct razor_act){p, api ? NULL : frame, tok, 0};
  /* From now on releases anywhere look for tracked blocks. */
  razor_set_tracking(RAZOR_TRACKING_BLOCKS);
  __razor_sampling++;
  razor_note_first_sample();
  refresh_set(t);
out:
  t->guard = 0;
  return tok;
}

/* Ends the activation of P with TOKEN (API: the innermost one of P),
 * closing first any activation left open above it.  Token 0 returns at
 * once (compiled probes); an unknown activation is ignored. */
void razor_exit(struct razor_probe *p, uint32_t token, int api) {
  struct razor_tls *t = &razor_tls;
  if ((!api && !token) || !p || t->guard)
    return;
  t->guard = 1;
  int i;
  for (i = (int)t->depth - 1; i >= 0; i--)
    if (t->stack[i].probe == p && (api || t->stack[i].token == token))
      break;
  if (i >= 0) {
    if (api && t->stack[i].nested)
      t->stack[i].nested--;
    else
      while (t->depth > (uint32_t)i)
        close_top(t);
  }
  t->guard = 0;
}

/* Closes every open activation of this thread, innermost first (exit()). */
void razor_close_all(void) {
  struct razor_tls *t = &razor_tls;
  if (t->guard)
    return;
  t->guard = 1;
  while (t->depth)
    close_top(t);
  t->guard = 0;
}

/* Takes (LOCK set) or releases the registry locks around fork(), in one
 * fixed order (the arena lock, taken inside the others, last). */
void razor_probe_fork_lock(int lock) {
  razor_lock *locks[] = {&probe_lock, &site_lock, &set_lock, &ctx_lock,
                         &ctr_lock};
  size_t nlocks = sizeof locks / sizeof locks[0];
  if (lock)
    for (size_t i = 0; i < nlocks; i++)
      razor_lock_acquire(locks[i]);
  /* Each probe's own lock too (a leaf: nothing is taken under it), so a
   * child never inherits one a sampling thread held.  probe_lock is held
   * meanwhile: the number of probes cannot change. */
  uint32_t n = razor_probe_count();
  for (uint32_t i = 1; i <= n; i++) {
    struct razor_probe *p = razor_probe_get(i);
    if (p && lock)
      razor_lock_acquire(&p->lock);
    else if (p)
      razor_lock_release(&p->lock);
  }
  razor_arena_fork_lock(lock);
  if (!lock)
    for (size_t i = nlocks; i-- > 0;)
      razor_lock_release(locks[i]);
}

/* From a hook that runs while a probe samples: closes the activations a
 * longjmp left, judged from this (out-of-line) frame. */
__attribute__((noinline)) void razor_reap_here(void) {
  struct razor_tls *t = &razor_tls;
  if (!t->guard) {
    t->guard = 1;
    razor_reap(__builtin_frame_address(0));
    t->guard = 0;
  }
}

/* A copy of site record S in runtime memory (id kept), or S itself when out
 * of memory. */
static struct razor_site *site_copy(const struct razor_site *s) {
  struct razor_site *c = razor_arena_alloc(sizeof *c);
  if (!c)
    return (struct razor_site *)s;
  *c = *s;
  const char **strs[] = {&c->file, &c->dir, &c->function, &c->source,
                         &c->callee};
  for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++)
    if (*strs[i] && !(*strs[i] = razor_arena_strdup(*strs[i])))
      *strs[i] = "";
  return c;
}

/* A module is being unloaded (dlclose): what the runtime still points at in
 * its records — registered sites, "via" records, probe functions — is
 * copied or forgotten, so reports after the unload still name its files and
 * lines.  At process exit, after the exit report, there is nothing to do. */
void razor_module_fini(struct razor_site *sb, struct razor_site *se,
                       struct razor_probe_desc *pb,
                       struct razor_probe_desc *pe) {
  razor_lock_acquire(&site_lock);
  for (struct razor_site *s = sb; s && s < se; s++) {
    uint32_t id = __atomic_load_n(&s->id, __ATOMIC_ACQUIRE);
    if (id && razor_idtab_get(&site_tab, id) == s)
      razor_idtab_set(&site_tab, id, site_copy(s));
  }
  for (uint32_t id = 1; sb && id <= site_count; id++) {
    struct razor_site *v = razor_idtab_get(&via_tab, id);
    if (v && v >= sb && v < se)
      razor_idtab_set(&via_tab, id, site_copy(v));
  }
  razor_lock_release(&site_lock);
  razor_lock_acquire(&probe_lock);
  for (struct razor_probe_desc *d = pb; d && d < pe; d++) {
    struct razor_probe *p = __atomic_load_n(&d->state, __ATOMIC_ACQUIRE);
    if (p && p->fn == d->fn)
      p->fn = NULL; /* its address may be reused by the next load */
  }
  razor_lock_release(&probe_lock);
}
