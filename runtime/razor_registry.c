/* razor_registry.c - the registries: sites (and where their allocations
 * really happened, "via"), probes, probe sets and contexts.  Each is an
 * interning table under its own lock with lock-free lookups by id; nothing
 * here is freed before the process ends.  Module unloading (dlclose) copies
 * what the registries still point at in the module. */
#include <dlfcn.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "razor_flags.h"
#include "razor_probe.h"
#include "razor_registry.h"
#include "razor_tls.h"

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

/* Takes ID (with HASH) out of H, shifting the entries after it back so
 * every lookup still finds its entry before an empty slot. */
static void idhash_remove(struct idhash *h, uint32_t hash, uint32_t id) {
  size_t mask = h->cap - 1, j = hash & mask;
  if (!h->cap)
    return;
  while (h->slots[j] != (((uint64_t)hash << 32) | id)) {
    if (!h->slots[j])
      return;
    j = (j + 1) & mask;
  }
  for (size_t k = (j + 1) & mask; h->slots[k]; k = (k + 1) & mask) {
    size_t home = (h->slots[k] >> 32) & mask;
    /* The entry at K may move to J when J lies on its way from home. */
    if (((k - home) & mask) >= ((k - j) & mask)) {
      h->slots[j] = h->slots[k];
      j = k;
    }
  }
  h->slots[j] = 0;
  h->count--;
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

/* The user's call into foreign code running on this thread, and the
 * outermost call of an allocation wrapper (razor_abi.h says who writes
 * them, and when). */
RAZOR_EXPORT __thread struct razor_site *__razor_callsite
    __attribute__((tls_model("initial-exec")));
RAZOR_EXPORT __thread struct razor_site *__razor_wrapcall
    __attribute__((tls_model("initial-exec")));

/* Their addresses, for code compiled without optimisation (razor_abi.h). */
RAZOR_EXPORT struct razor_site **__razor_callsite_address(void) {
  return &__razor_callsite;
}
RAZOR_EXPORT struct razor_site **__razor_wrapcall_address(void) {
  return &__razor_wrapcall;
}

/* A module's constructor, with the variables it defines (razor_abi.h,
 * RAZOR_VARIABLES_CHECK_NAME): if they are not the runtime's, nothing can
 * be traced, and a trigger says why. */
RAZOR_RESIDENT RAZOR_EXPORT void
__razor_variables_check(struct razor_site **callsite,
                        struct razor_site **wrapcall, uint32_t *sampling,
                        uint32_t *tracking) {
  if ((callsite && callsite != &__razor_callsite) ||
      (wrapcall && wrapcall != &__razor_wrapcall) ||
      (sampling && sampling != &__razor_sampling) ||
      (tracking && tracking != &__razor_tracking))
    razor_refusal =
        "this program's copies of the runtime's variables (__razor_callsite "
        "and its kin) are not the runtime's: a version script or a "
        "--dynamic-list hides them; nothing is traced";
}

static uint32_t *site_ids_make(const struct razor_site *s);

RAZOR_RESIDENT_VAR static razor_lock site_lock;
static struct razor_idtab site_tab;
/* id -> the first system-header record an allocation charged to that id
 * really happened at (the JSON's "via"). */
static struct razor_idtab via_tab;
static uint32_t site_count;
static struct idhash site_hash;

/* Gives S its id (records with the same file:line:column share one, but
 * for calls into foreign code and custom allocators' chunks, which have
 * ids of their own; a record without a line is a site of its own) and returns it.  Returns 0
 * when out of memory.  Idempotent and thread-safe. */
uint32_t razor_site_register(struct razor_site *s) {
  uint32_t *slot = razor_site_id_slot(s);
  uint32_t id = slot ? __atomic_load_n(slot, __ATOMIC_ACQUIRE) : 0;
  if (id)
    return id;
  if (!slot)
    slot = site_ids_make(s);
  /* In no registered module (its constructor has not run): an id found
   * by file:line:column each time, none without a line. */
  if (!slot && !s->line)
    return 0;
  const char *file = razor_site_str(s, file);
  uint32_t h = (uint32_t)razor_mix64(hash_str(0xcbf29ce484222325ull, file) ^
                               ((uint64_t)s->line << 20) ^ s->column);
  razor_lock_acquire(&site_lock);
  id = slot ? __atomic_load_n(slot, __ATOMIC_ACQUIRE) : 0;
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
          (o->kind == RAZOR_KIND_POOL_CHUNK) ==
              (s->kind == RAZOR_KIND_POOL_CHUNK) &&
          str_eq(razor_site_str(o, file), file)) {
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
  if (id && slot)
    __atomic_store_n(slot, id, __ATOMIC_RELEASE);
  razor_lock_release(&site_lock);
  return id;
}

/* See razor_registry.h.  One arena block: the id, the record and the
 * fields its flags give it, its scope and file records, then its strings,
 * so each field's distance to what it names is small and positive.  The
 * record has a callee and a source field when STR has them, and an `inner`
 * of 0 when PROTO is RAZOR_SITE_INLINED (a copy names no other record). */
struct razor_site *razor_site_make(const struct razor_site *proto,
                                   const char *const str[RAZOR_SITE_NSTR]) {
  enum { FILE_, DIR_, FUNCTION_, SOURCE_, CALLEE_ };
  size_t len[RAZOR_SITE_NSTR], total = 0;
  for (size_t i = 0; i < RAZOR_SITE_NSTR; i++) {
    len[i] = str[i] && str[i][0] ? strlen(str[i]) + 1 : 0;
    if (len[i] > INT32_MAX / 8)
      len[i] = 0; /* never from a compiler's record; "" rather than wrap */
    total += len[i];
  }
  struct razor_site head = {0};
  if (proto) {
    head.kind = proto->kind;
    head.flags = proto->flags & (uint8_t)~(RAZOR_SITE_CALLEE | RAZOR_SITE_SOURCE);
    head.line = proto->line;
    head.column = proto->column;
  }
  head.flags |= RAZOR_SITE_RUNTIME;
  if (len[CALLEE_])
    head.flags |= RAZOR_SITE_CALLEE;
  if (len[SOURCE_])
    head.flags |= RAZOR_SITE_SOURCE;
  size_t size = razor_site_size(&head);
  int located = len[FILE_] || len[DIR_];
  total += sizeof(uint32_t) + size + sizeof(struct razor_scope) +
           (located ? sizeof(struct razor_file) : 0);
  char *block = razor_arena_alloc(total);
  if (!block)
    return NULL;
  memset(block, 0, sizeof(uint32_t)); /* the id */
  struct razor_site *c = (struct razor_site *)(void *)(block + sizeof(uint32_t));
  memset(c, 0, size);
  *c = head;
  char *at = (char *)c + size;
  struct razor_scope *scope = (struct razor_scope *)(void *)at;
  memset(scope, 0, sizeof *scope);
  c->scope = (razor_rel)(at - (char *)c);
  at += sizeof *scope;
  struct razor_file *where = NULL;
  if (located) {
    where = (struct razor_file *)(void *)at;
    memset(where, 0, sizeof *where);
    scope->where = (razor_rel)(at - (char *)scope);
    at += sizeof *where;
  }
  /* Each field and the record its distance counts from (razor_rel). */
  razor_rel *field[RAZOR_SITE_NSTR] = {
      where ? &where->file : NULL, where ? &where->dir : NULL,
      &scope->function, (razor_rel *)razor_site_tail(c, RAZOR_SITE_SOURCE),
      (razor_rel *)razor_site_tail(c, RAZOR_SITE_CALLEE)};
  const char *base[RAZOR_SITE_NSTR] = {(char *)where, (char *)where,
                                       (char *)scope, (char *)c, (char *)c};
  for (size_t i = 0; i < RAZOR_SITE_NSTR; i++) {
    if (!len[i] || !field[i])
      continue;
    memcpy(at, str[i], len[i]);
    *field[i] = (razor_rel)(at - base[i]);
    at += len[i];
  }
  return c;
}

/* See razor_registry.h. */
struct razor_site *razor_site_clone(const struct razor_site *s) {
  const char *str[RAZOR_SITE_NSTR] = {
      razor_site_str(s, file), razor_site_str(s, dir),
      razor_site_str(s, function), razor_site_str(s, source),
      razor_site_str(s, callee)};
  return razor_site_make(s, str);
}

/* The first record registered under ID, or NULL. */
struct razor_site *razor_site_get(uint32_t id) {
  return id ? razor_idtab_get(&site_tab, id) : NULL;
}

/* How many sites have ids (1..count); report time. */
uint32_t razor_site_count(void) {
  return __atomic_load_n(&site_count, __ATOMIC_ACQUIRE);
}

/* The record in a system header where the allocations charged to ID were
 * really made (the first one seen), or NULL. */
struct razor_site *razor_site_via(uint32_t id) {
  return id ? razor_idtab_get(&via_tab, id) : NULL;
}

/* Remembers VIA as where allocations charged to ID happen, unless one is
 * known already; a record with a location (a system header's) wins over
 * one without (a function of a library built without the plugin). */
void razor_site_set_via(uint32_t id, struct razor_site *via) {
  struct razor_site *known = razor_idtab_get(&via_tab, id);
  if (known && (razor_site_located(known) || !razor_site_located(via)))
    return;
  razor_lock_acquire(&site_lock);
  known = razor_idtab_get(&via_tab, id);
  if (!known || (!razor_site_located(known) && razor_site_located(via)))
    razor_idtab_set(&via_tab, id, via);
  razor_lock_release(&site_lock);
}

/* ---- probes ---- */

RAZOR_RESIDENT_VAR static razor_lock probe_lock;
static struct razor_idtab probe_tab;
RAZOR_RESIDENT_VAR static atomic_uint probe_count;

/* Parses SPEC ("TRIGGER{,OPTION}", razor_spec.h; NULL: always on) into P:
 * its trigger (an arena copy, blanks trimmed) and options.  0, or -1 with a
 * one-line message in ERR. */
RAZOR_RESIDENT static int parse_spec(const char *spec, struct razor_probe *p,
                                     char *err, size_t errlen) {
  struct razor_spec s;
  if (razor_spec_parse(spec, spec ? strlen(spec) : 0, &s, err, errlen))
    return -1;
  char *t = razor_arena_alloc(s.trigger_len + 1);
  if (!t) {
    snprintf(err, errlen, "out of memory");
    return -1;
  }
  memcpy(t, s.trigger, s.trigger_len);
  t[s.trigger_len] = 0;
  p->trigger = t;
  p->opts = s.opts;
  p->given = s.given;
  p->warmup = s.warmup;
  p->min_calls = s.min_calls;
  p->min_growth = s.min_growth;
  /* RAZOR_OPTIONS wins over the annotation. */
  const struct razor_spec *o = &razor_flags.probe;
  if (o->given & RAZOR_SPEC_STRICT)
    p->opts = (p->opts & ~RAZOR_OPT_NOSTRICT) | (o->opts & RAZOR_OPT_NOSTRICT);
  if (o->given & RAZOR_SPEC_TRACEBACK)
    p->opts =
        (p->opts & ~RAZOR_OPT_TRACEBACK) | (o->opts & RAZOR_OPT_TRACEBACK);
  if (o->given & RAZOR_SPEC_WARMUP)
    p->warmup = o->warmup;
  if (o->given & RAZOR_SPEC_MIN_GROWTH)
    p->min_growth = o->min_growth;
  if (o->given & RAZOR_SPEC_MIN_CALLS)
    p->min_calls = o->min_calls;
  p->given |= o->given;
  return 0;
}

/* Caller holds probe_lock.  Returns NULL when out of memory. */
RAZOR_RESIDENT static struct razor_probe *probe_alloc(void) {
  uint32_t idx = atomic_load(&probe_count) + 1;
  struct razor_probe *p = razor_arena_alloc(sizeof *p);
  if (!p || razor_idtab_set(&probe_tab, idx, p))
    return NULL;
  p->index = idx;
  atomic_store(&probe_count, idx);
  return p;
}

/* Creates a probe for the C API named NAME (copied) with SPEC
 * ("TRIGGER{,OPTION}", NULL: always on).  NULL with a message in ERR for a
 * bad SPEC, or (ERR empty) when out of memory. */
struct razor_probe *razor_probe_new(const char *name, const char *spec,
                                    char *err, size_t errlen) {
  struct razor_probe parsed = {0};
  err[0] = 0;
  if (parse_spec(spec, &parsed, err, errlen))
    return NULL;
  /* The modules' probes first: numbered as if registered at start-up. */
  razor_modules_settle();
  razor_lock_acquire(&probe_lock);
  struct razor_probe *p = probe_alloc();
  if (p) {
    p->name = razor_arena_strdup(name);
    p->trigger = parsed.trigger;
    p->file = p->dir = "";
    p->opts = parsed.opts;
    p->given = parsed.given;
    p->warmup = parsed.warmup;
    p->min_calls = parsed.min_calls;
    p->min_growth = parsed.min_growth;
    p->created = 1;
    p->valid = p->name != NULL;
  }
  razor_lock_release(&probe_lock);
  return p;
}

/* See razor_registry.h.  The list only grows (threads' numbers are reused
 * with their blocks, so it has as many shadows as threads ran P at once);
 * readers walk it without a lock. */
struct razor_probe *razor_probe_shadow(struct razor_probe *p, uint32_t thread) {
  for (struct razor_probe *q = atomic_load_explicit(&p->shadows,
                                                   memory_order_acquire);
       q; q = q->next_shadow)
    if (q->shadow_thread == thread)
      return q;
  razor_lock_acquire(&probe_lock);
  struct razor_probe *q = atomic_load(&p->shadows);
  while (q && q->shadow_thread != thread)
    q = q->next_shadow;
  if (!q && (q = probe_alloc())) {
    q->name = p->name;
    q->trigger = p->trigger;
    q->file = p->file;
    q->dir = p->dir;
    q->line = p->line;
    q->fn = p->fn;
    q->opts = p->opts;
    q->given = p->given;
    q->warmup = p->warmup;
    q->min_calls = p->min_calls;
    q->min_growth = p->min_growth;
    q->created = 1; /* never found by name or address */
    q->valid = 1;
    atomic_store(&q->trig_on, 1);
    q->parent = p;
    q->shadow_thread = thread;
    q->next_shadow = atomic_load(&p->shadows);
    atomic_store_explicit(&p->shadows, q, memory_order_release);
  }
  razor_lock_release(&probe_lock);
  return q;
}

/* Registers descriptor D (razor_probe_of's slow way, modules settled). */
RAZOR_RESIDENT static struct razor_probe *
probe_register(struct razor_probe_desc *d) {
  if (d->abi_version != RAZOR_ABI_VERSION)
    return NULL;
  const char *function = razor_probe_str(d, function),
             *file = razor_probe_str(d, file), *dir = razor_probe_str(d, dir);
  char err[256];
  err[0] = 0;
  razor_lock_acquire(&probe_lock);
  struct razor_probe *p = __atomic_load_n(&d->state, __ATOMIC_ACQUIRE);
  if (!p) {
    uint32_t n = atomic_load(&probe_count);
    for (uint32_t i = 1; i <= n && !p; i++) {
      struct razor_probe *q = razor_idtab_get(&probe_tab, i);
      if (q && !q->created && q->line == d->line &&
          str_eq(q->name, function) && str_eq(q->file, file))
        p = q;
    }
    if (!p && (p = probe_alloc())) {
      /* Copies: the module the descriptor lives in may be unloaded. */
      p->name = razor_arena_strdup(function);
      p->file = razor_arena_strdup(file);
      p->dir = razor_arena_strdup(dir);
      if (!p->name || !p->file || !p->dir)
        p->name = p->file = p->dir = "";
      p->line = d->line;
      p->fn = d->fn;
      p->valid = !parse_spec(razor_probe_str(d, spec), p, err, sizeof err);
      if (!p->valid)
        p->trigger = "";
    }
    if (p)
      __atomic_store_n(&d->state, p, __ATOMIC_RELEASE);
  }
  razor_lock_release(&probe_lock);
  if (err[0])
    fprintf(stderr, "razortrace: probe %s in %s:%u: %s\n",
            function[0] ? function : "?", file[0] ? file : "?",
            (unsigned)d->line, err);
  return p;
}

/* The runtime probe of descriptor D, registering it on first use
 * (descriptors with the same function, file and line share one probe);
 * the probes of every module registered so far are registered first, in
 * the order of their modules, so they are numbered (and reported) as if
 * each module had registered its own at start-up.  Returns NULL for a
 * descriptor of another ABI version or out of memory.  A malformed spec
 * prints one line; that probe never samples. */
RAZOR_RESIDENT struct razor_probe *razor_probe_of(struct razor_probe_desc *d) {
  struct razor_probe *p = __atomic_load_n(&d->state, __ATOMIC_ACQUIRE);
  if (RAZOR_LIKELY(p != NULL))
    return p;
  razor_modules_settle();
  return probe_register(d);
}

/* The probe with index INDEX (1-based), or NULL. */
RAZOR_RESIDENT struct razor_probe *razor_probe_get(uint32_t index) {
  return razor_idtab_get(&probe_tab, index);
}

/* How many probes were ever registered (the highest index), the probes of
 * every module registered so far included. */
RAZOR_RESIDENT uint32_t razor_probe_count(void) {
  razor_modules_settle();
  return atomic_load(&probe_count);
}

/* ---- modules: each instrumented module's descriptor, from its
 * constructor to its destructor (razor_abi.h).  Registering one costs a
 * few words: its sites get ids at their first use (razor_site_register),
 * its probes at the first probe entry, lookup or report (settle). ---- */

struct module_entry {
  const struct razor_module *desc;
  int settled; /* its probes registered */
};
RAZOR_RESIDENT_VAR static razor_lock module_lock;
RAZOR_RESIDENT_VAR static struct module_entry *modules; /* razor_map'd */
RAZOR_RESIDENT_VAR static size_t nmodules, module_cap;
/* Nonzero while a module's probes wait for settle (read unlocked first). */
RAZOR_RESIDENT_VAR static atomic_int modules_pending;
/* Bumped whenever a module comes or goes (razor_funcs_table). */
RAZOR_RESIDENT_VAR static atomic_uint modules_gen;
/* See razor_registry.h. */
atomic_int razor_modules_frame_pointers = 1;

/* Registers the probes of every module not settled yet, in the order the
 * modules registered (and each module's in section order). */
RAZOR_RESIDENT void razor_modules_settle(void) {
  if (RAZOR_LIKELY(!atomic_load_explicit(&modules_pending,
                                         memory_order_acquire)))
    return;
  razor_lock_acquire(&module_lock);
  for (size_t i = 0; i < nmodules; i++) {
    if (modules[i].settled)
      continue;
    modules[i].settled = 1;
    const struct razor_module *m = modules[i].desc;
    for (struct razor_probe_desc *d = m->probes_begin; d && d < m->probes_end;
         d++)
      if (!__atomic_load_n(&d->state, __ATOMIC_ACQUIRE))
        probe_register(d);
  }
  /* Cleared only now: a thread that sees it clear must find every probe
   * registered, or it would register its own first and number it ahead of
   * the module's earlier ones (reports list probes by number). */
  atomic_store_explicit(&modules_pending, 0, memory_order_release);
  razor_lock_release(&module_lock);
}

/* ---- site ids by record address (razor_registry.h) ---- */

static struct razor_id_range id_ranges_none[1];
struct razor_id_range *razor_id_ranges = id_ranges_none;
/* Every id array made, by range (module_lock): a module loaded again where
 * it was gets its array back; one unloaded keeps its array, emptied, as
 * a reader may still hold a table that lists it (it then reads 0). */
static struct razor_vec id_store = {.elsize = sizeof(struct razor_id_range)};

/* The id array of range (BEGIN, SIZE) made so far, NULL if none.
 * module_lock held. */
RAZOR_RESIDENT static uint32_t *ids_stored(uintptr_t begin, uintptr_t size) {
  const struct razor_id_range *r = id_store.data;
  for (size_t i = 0; i < id_store.len; i++)
    if (r[i].begin == begin && r[i].size == size)
      return r[i].ids;
  return NULL;
}

/* Publishes a new table of the registered modules' site ranges (one entry
 * per range: a module registered under two flags values has one).  The
 * old table is left as it is: a reader may be walking it.  module_lock
 * held; on failure (out of memory) the old one stays. */
RAZOR_RESIDENT static void id_ranges_publish(void) {
  size_t n = 0;
  struct razor_id_range *t = razor_arena_alloc((nmodules + 1) * sizeof *t);
  if (!t)
    return;
  for (size_t i = 0; i < nmodules; i++) {
    const struct razor_module *m = modules[i].desc;
    uintptr_t b = (uintptr_t)m->sites_begin, e = (uintptr_t)m->sites_end;
    if (!b || e <= b)
      continue;
    size_t k = 0;
    while (k < n && t[k].begin != b)
      k++;
    if (k == n)
      t[n++] = (struct razor_id_range){b, e - b, ids_stored(b, e - b)};
  }
  t[n] = (struct razor_id_range){0, 0, NULL};
  __atomic_store_n(&razor_id_ranges, t, __ATOMIC_RELEASE);
}

/* The slot of S's id, its module's array made now if it has none; NULL
 * when S is in no registered module, or out of memory. */
static uint32_t *site_ids_make(const struct razor_site *s) {
  razor_lock_acquire(&module_lock);
  struct razor_id_range *r = razor_id_ranges;
  while (r->size && (uintptr_t)s - r->begin >= r->size)
    r++;
  if (!r->size)
    r = NULL;
  if (r && !r->ids) {
    uint32_t *ids = ids_stored(r->begin, r->size);
    struct razor_id_range *kept = ids ? NULL : razor_vec_push(&id_store);
    /* A slot per 4 bytes of records: as many bytes as the range. */
    if (kept && (ids = razor_map(r->size)))
      *kept = (struct razor_id_range){r->begin, r->size, ids};
    else if (kept)
      id_store.len--;
    if (ids)
      __atomic_store_n(&r->ids, ids, __ATOMIC_RELEASE);
  }
  uint32_t *slot = r && r->ids ? r->ids + ((uintptr_t)s - r->begin) / 4 : NULL;
  razor_lock_release(&module_lock);
  return slot;
}

/* See razor_registry.h. */
RAZOR_RESIDENT void razor_module_add(const struct razor_module *m) {
  if (!m || m->abi_version != RAZOR_ABI_VERSION)
    return;
  razor_lock_acquire(&module_lock);
  if (!(m->flags & RAZOR_MODULE_FRAME_POINTERS))
    atomic_store(&razor_modules_frame_pointers, 0);
  size_t i = 0;
  while (i < nmodules && modules[i].desc != m)
    i++;
  if (i == nmodules) {
    if (nmodules == module_cap) {
      size_t ncap = module_cap ? module_cap * 2 : 64;
      struct module_entry *n = razor_map(ncap * sizeof *n);
      if (n && modules)
        memcpy(n, modules, nmodules * sizeof *n);
      if (n && modules)
        razor_unmap(modules, module_cap * sizeof *modules);
      if (n) {
        modules = n;
        module_cap = ncap;
      }
    }
    if (nmodules < module_cap) {
      modules[nmodules++] = (struct module_entry){m, 0};
      atomic_fetch_add(&modules_gen, 1);
      id_ranges_publish();
      if (m->probes_begin && m->probes_begin < m->probes_end)
        atomic_store(&modules_pending, 1);
    } else { /* out of memory: its probes now, as before lazy settling */
      razor_lock_release(&module_lock);
      for (struct razor_probe_desc *d = m->probes_begin;
           d && d < m->probes_end; d++)
        probe_register(d);
      return;
    }
  }
  razor_lock_release(&module_lock);
}

/* ---- function records: sorted at the first report that needs them ----
 *
 * A module's destructor runs at dlclose, and at exit before the exit
 * report: its function records are kept as a retired range, used while
 * the object that held them is still loaded where it was (at exit), never
 * once it went (dlclose: the range may hold another object by then). */

struct retired_funcs {
  const struct razor_func *begin, *end;
  const void *lm;     /* its object's link map */
  uintptr_t base;     /* and load address */
  uint32_t name_hash; /* and name's hash */
};
static struct retired_funcs *retired; /* razor_map'd; module_lock */
static size_t nretired, retired_cap;

static uint32_t name_hash(const char *p) {
  uint32_t h = 2166136261u;
  for (; p && *p; p++)
    h = (h ^ (unsigned char)*p) * 16777619u;
  return h;
}

/* Whether ADDR lies in a loaded object; its link map, load address and
 * name's hash then. */
static int loaded_object(const void *addr, const void **lmp, uintptr_t *base,
                         uint32_t *hash) {
  Dl_info info;
  struct link_map *lm = NULL;
  if (!dladdr1(addr, &info, (void **)&lm, RTLD_DL_LINKMAP) || !lm)
    return 0;
  *lmp = lm;
  *base = lm->l_addr;
  *hash = name_hash(lm->l_name);
  return 1;
}

/* Keeps range R (of a module going away) as retired (module_lock held). */
static void retire_funcs(const struct retired_funcs *r) {
  for (size_t i = 0; i < nretired; i++)
    if (retired[i].begin == r->begin) {
      retired[i] = *r;
      return;
    }
  if (nretired == retired_cap) {
    size_t ncap = retired_cap ? retired_cap * 2 : 64;
    struct retired_funcs *n = razor_map(ncap * sizeof *n);
    if (!n)
      return;
    if (retired) {
      memcpy(n, retired, nretired * sizeof *n);
      razor_unmap(retired, retired_cap * sizeof *retired);
    }
    retired = n;
    retired_cap = ncap;
  }
  retired[nretired++] = *r;
}

/* Whether retired range R's object is still loaded where it was. */
static int retired_loaded(const struct retired_funcs *r) {
  const void *lm;
  uintptr_t base;
  uint32_t hash;
  return loaded_object(r->begin, &lm, &base, &hash) && lm == r->lm &&
         base == r->base && hash == r->name_hash;
}

static struct razor_func_entry *ftab; /* razor_map'd, FTAB_BYTES */
static size_t ftab_len, ftab_bytes;
static unsigned ftab_gen;
static int ftab_made;

static int func_entry_cmp(const void *a, const void *b) {
  uintptr_t x = ((const struct razor_func_entry *)a)->addr,
            y = ((const struct razor_func_entry *)b)->addr;
  return x < y ? -1 : x > y;
}

/* See razor_registry.h. */
const struct razor_func_entry *razor_funcs_table(size_t *n) {
  razor_lock_acquire(&module_lock);
  unsigned gen = atomic_load(&modules_gen);
  /* Retired ranges are looked at again by every report (a dlclose gives
   * no notice of its own). */
  if (ftab_made && gen == ftab_gen && !nretired) {
    razor_lock_release(&module_lock);
    *n = ftab_len;
    return ftab_len ? ftab : NULL;
  }
  /* The ranges, copied under module_lock; the retired ones checked after
   * it (dladdr takes the loader's lock), each range once (a module mixing
   * flags registers one descriptor per flags value, all with the same
   * ranges). */
  size_t max = nmodules + nretired, nr = 0, count = 0;
  struct retired_funcs *rs = max ? razor_map(max * sizeof *rs) : NULL;
  for (size_t i = 0; rs && i < max; i++) {
    struct retired_funcs r =
        i < nmodules ? (struct retired_funcs){modules[i].desc->funcs_begin,
                                              modules[i].desc->funcs_end,
                                              NULL, 0, 0}
                     : retired[i - nmodules];
    if (r.begin && r.begin < r.end)
      rs[nr++] = r;
  }
  razor_lock_release(&module_lock);
  size_t u = 0;
  for (size_t i = 0; i < nr; i++) {
    size_t k = 0;
    while (k < u && rs[k].begin != rs[i].begin)
      k++;
    if (k < u || (rs[i].lm && !retired_loaded(&rs[i])))
      continue;
    rs[u++] = rs[i];
    count += (size_t)(rs[i].end - rs[i].begin);
  }
  if (ftab)
    razor_unmap(ftab, ftab_bytes);
  ftab = NULL;
  ftab_len = ftab_bytes = 0;
  if (count && (ftab = razor_map(count * sizeof *ftab)))
    ftab_bytes = count * sizeof *ftab;
  for (size_t i = 0; ftab && i < u; i++)
    for (const struct razor_func *f = rs[i].begin; f < rs[i].end; f++)
      ftab[ftab_len++] = (struct razor_func_entry){razor_func_addr(f), f};
  if (rs)
    razor_unmap(rs, max * sizeof *rs);
  if (ftab_len)
    qsort(ftab, ftab_len, sizeof *ftab, func_entry_cmp);
  ftab_gen = gen;
  ftab_made = 1;
  *n = ftab_len;
  return ftab_len ? ftab : NULL;
}

/* Empties the id array of module M's sites, unless a module still
 * registered has the same range (M registered under two flags values).
 * Its pages go back to the system; the mapping stays (see id_store).
 * module_lock held. */
static void ids_forget(const struct razor_module *m) {
  uintptr_t b = (uintptr_t)m->sites_begin, e = (uintptr_t)m->sites_end;
  if (!b || e <= b)
    return;
  for (size_t i = 0; i < nmodules; i++)
    if ((uintptr_t)modules[i].desc->sites_begin == b)
      return;
  uint32_t *ids = ids_stored(b, e - b);
  if (ids)
    razor_unmap_pages(ids, e - b);
}

/* Forgets module M (its destructor ran: dlclose). */
static void module_remove(const struct razor_module *m) {
  /* Its link map before module_lock: dladdr takes the loader's lock, and
   * a dlopen holding that lock takes module_lock (razor_module_add). */
  struct retired_funcs r = {m->funcs_begin, m->funcs_end, NULL, 0, 0};
  int keep = r.begin && r.begin < r.end &&
             loaded_object(r.begin, &r.lm, &r.base, &r.name_hash);
  razor_lock_acquire(&module_lock);
  for (size_t i = 0; i < nmodules; i++)
    if (modules[i].desc == m) {
      if (keep)
        retire_funcs(&r);
      memmove(&modules[i], &modules[i + 1],
              (nmodules - i - 1) * sizeof *modules);
      nmodules--;
      atomic_fetch_add(&modules_gen, 1);
      id_ranges_publish();
      ids_forget(m);
      break;
    }
  razor_lock_release(&module_lock);
}

/* See razor_registry.h. */
const struct razor_func_entry *
razor_func_below(const struct razor_func_entry *table, size_t n,
                 uintptr_t pc) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (table[mid].addr <= pc)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo ? &table[lo - 1] : NULL;
}

/* ---- probe sets: the (probe, epoch) pairs active at an allocation ----
 *
 * A set belongs to one thread (its number) and lives while it can still
 * matter: while it is its thread's current set, while records of its
 * blocks are alive, and while none of its probes has moved to a new epoch
 * (its thread may need it again).  A set that is none of these (a probe
 * of it was reset: `clear` does at every call, and no record is left) is
 * reclaimed with its contexts, and its id and memory go to the next set
 * of as many probes.  So a `clear` probe costs no memory per call.
 *
 * Its life is in `state`: a version (bumped when the id is reused) and
 * idle, current (its thread's) or reclaimed.  Only its thread makes a
 * set current (a compare and swap from idle, so one being reclaimed is
 * never taken); whoever sees it idle, retired and without records
 * reclaims it (a compare and swap to reclaimed, so once).  `live` counts
 * its records, but for those its thread made while it was current, which
 * the thread counts on its own (razor_tls.h: live_cur) until it moves to
 * another set. */

/* Bumped whenever a probe's epoch changes: threads recompute their set. */
atomic_uint razor_epoch_gen = 1;

#define SET_IDLE 0u
#define SET_CURRENT 1u
#define SET_RECLAIMED 2u
#define SET_STATE(v) ((v) & 3u)

static razor_lock set_lock;
static struct razor_idtab set_tab;
static uint32_t set_count;
static struct idhash set_hash;
/* Reclaimed sets by their number of pairs: ids, linked through next_free. */
static uint32_t set_free[RAZOR_MAX_DEPTH + 1];

static razor_lock ctx_lock;
_Atomic(uint64_t *) razor_ctx_chunks[RAZOR_CTX_CHUNKS];
_Atomic(uint32_t *) razor_ctx_stack_chunks[RAZOR_CTX_CHUNKS];
static uint32_t ctx_count;
static struct idhash ctx_hash;
/* Each context's next in its set's list (or in the free list), by id, in
 * chunks like razor_ctx_chunks; ctx_lock guards them. */
static uint32_t *ctx_next_chunks[RAZOR_CTX_CHUNKS];
static uint32_t ctx_free;

/* A context's hash: its key's, mixed with its stack when it has one. */
static inline uint32_t ctx_hash_of(uint64_t key, uint32_t stack) {
  return (uint32_t)razor_mix64(key ^ (uint64_t)stack * 0x9E3779B97F4A7C15ull);
}

static uint32_t *ctx_next(uint32_t id) {
  uint32_t **chunk = &ctx_next_chunks[id >> RAZOR_CTX_CHUNK_BITS];
  if (!*chunk)
    *chunk = razor_map(RAZOR_CTX_CHUNK * sizeof **chunk);
  return *chunk ? &(*chunk)[id & (RAZOR_CTX_CHUNK - 1)] : NULL;
}

/* True when a probe of S has moved to another epoch since S was made: no
 * thread can make it current again. */
static int set_retired(const struct razor_set *s) {
  for (uint32_t i = 0; i < s->n; i++) {
    struct razor_probe *p = razor_probe_get(s->pairs[i].probe);
    if (!p || atomic_load_explicit(&p->epoch, memory_order_relaxed) !=
                  s->pairs[i].epoch)
      return 1;
  }
  return 0;
}

/* Reclaims set ID (S) if it is still as in STATE, idle: its contexts and
 * itself go to the free lists.  The caller saw it retired and without
 * records. */
static void set_reclaim(uint32_t id, struct razor_set *s, unsigned state) {
  if (SET_STATE(state) != SET_IDLE ||
      !atomic_compare_exchange_strong(&s->state, &state,
                                      (state & ~3u) | SET_RECLAIMED))
    return;
  razor_lock_acquire(&ctx_lock);
  for (uint32_t c = s->ctx_head, next; c; c = next) {
    uint32_t *link = ctx_next(c);
    next = *link;
    uint64_t key = razor_ctx_key(c);
    uint32_t stack = razor_ctx_stack(c);
    idhash_remove(&ctx_hash, ctx_hash_of(key, stack), c);
    uint64_t *chunk = atomic_load_explicit(
        &razor_ctx_chunks[c >> RAZOR_CTX_CHUNK_BITS], memory_order_relaxed);
    __atomic_store_n(&chunk[c & (RAZOR_CTX_CHUNK - 1)], 0, __ATOMIC_RELAXED);
    if (stack)
      __atomic_store_n(&atomic_load_explicit(
                            &razor_ctx_stack_chunks[c >> RAZOR_CTX_CHUNK_BITS],
                            memory_order_relaxed)[c & (RAZOR_CTX_CHUNK - 1)],
                       0, __ATOMIC_RELAXED);
    *link = ctx_free;
    ctx_free = c;
  }
  s->ctx_head = 0;
  razor_lock_release(&ctx_lock);
  razor_lock_acquire(&set_lock);
  idhash_remove(&set_hash, s->hash, id);
  s->next_free = set_free[s->n];
  set_free[s->n] = id;
  razor_lock_release(&set_lock);
}

/* See razor_registry.h: the last record of a retired set reclaims it. */
void razor_set_drained(uint32_t id, struct razor_set *s) {
  unsigned state = atomic_load(&s->state);
  if (SET_STATE(state) == SET_IDLE && set_retired(s))
    set_reclaim(id, s, state);
}

/* See razor_registry.h. */
void razor_set_records(struct razor_tls *t, uint32_t id, int64_t d) {
  if (id == t->set_id) {
    t->live_cur += d;
    return;
  }
  struct razor_set *s = razor_set_get(id);
  if (s)
    razor_set_records_of(id, s, d);
}

/* Makes S (state STATE, read before its contents were compared) this
 * thread's current set: 1, or 0 when it was reclaimed or reused since. */
static int set_take(struct razor_set *s, unsigned state) {
  if (SET_STATE(state) == SET_CURRENT)
    return 1; /* already this thread's */
  return SET_STATE(state) == SET_IDLE &&
         atomic_compare_exchange_strong(&s->state, &state,
                                        (state & ~3u) | SET_CURRENT);
}

/* True when S holds the N PAIRS of THREAD (its STATE read first). */
static int set_is(const struct razor_set *s, unsigned *state,
                  const struct razor_pair *pairs, uint32_t n,
                  uint32_t thread) {
  *state = atomic_load_explicit(&s->state, memory_order_acquire);
  return SET_STATE(*state) != SET_RECLAIMED && s->n == n &&
         s->thread == thread && !memcmp(s->pairs, pairs, n * sizeof *pairs);
}

/* Thread T's caches may name a reused id ID for what it was: they forget
 * it. */
static void forget_cached(struct razor_tls *t, uint32_t id) {
  for (unsigned i = 0; i < RAZOR_CTX_CACHE; i++)
    if ((uint32_t)(t->ctx_key[i] >> 32) == id)
      t->ctx_key[i] = 0;
  for (unsigned i = 0; i < RAZOR_ACCT_CACHE; i++)
    if (t->acct_set[i] == id)
      t->acct_ctx[i] = 0;
}

/* The set of the N PAIRS (with their epochs) of thread THREAD, which is
 * the calling thread, made its current set; made when missing (a
 * reclaimed one of N pairs reused).  0 when N is 0 or out of memory. */
static uint32_t set_intern(struct razor_tls *t, const struct razor_pair *pairs,
                           uint32_t n, uint32_t thread) {
  if (!n)
    return 0;
  uint64_t h64 = razor_mix64(0x9E3779B97F4A7C15ull ^ thread);
  for (uint32_t i = 0; i < n; i++)
    h64 = razor_mix64(h64 ^ (((uint64_t)pairs[i].probe << 32) | pairs[i].epoch));
  uint32_t h = (uint32_t)h64, id = 0;
  unsigned state;
  /* The thread's recent answers first, compared without the lock: a set
   * reclaimed or reused meanwhile fails set_take. */
  unsigned k = h & (RAZOR_SET_CACHE - 1);
  if (t->set_cache_h[k] == h && t->set_cache_id[k]) {
    struct razor_set *s = razor_idtab_get(&set_tab, t->set_cache_id[k]);
    if (s && set_is(s, &state, pairs, n, thread) && set_take(s, state))
      return t->set_cache_id[k];
  }
  int made = 0;
  razor_lock_acquire(&set_lock);
  if (set_hash.cap) {
    for (size_t j = h & (set_hash.cap - 1); set_hash.slots[j];
         j = (j + 1) & (set_hash.cap - 1)) {
      uint64_t e = set_hash.slots[j];
      if ((uint32_t)(e >> 32) != h)
        continue;
      struct razor_set *s = razor_idtab_get(&set_tab, (uint32_t)e);
      if (s && set_is(s, &state, pairs, n, thread) && set_take(s, state)) {
        id = (uint32_t)e;
        break;
      }
    }
  }
  if (!id && !idhash_reserve(&set_hash)) {
    struct razor_set *s = NULL;
    if (n <= RAZOR_MAX_DEPTH && set_free[n]) { /* a reclaimed one */
      id = set_free[n];
      s = razor_idtab_get(&set_tab, id);
      set_free[n] = s->next_free;
      /* The new version first: a lookup that read the old contents
       * cannot take it. */
      atomic_store(&s->state, ((atomic_load(&s->state) >> 2) + 1) << 2 |
                                  SET_CURRENT);
    } else if ((s = razor_arena_alloc_line(sizeof *s + n * sizeof *pairs)) &&
               !razor_idtab_set(&set_tab, set_count + 1, s)) {
      id = ++set_count;
      atomic_store(&s->state, SET_CURRENT);
    } else {
      s = NULL;
    }
    if (s) {
      s->n = n;
      s->hash = h;
      s->thread = thread;
      s->ctx_head = 0;
      s->listed = 0;
      atomic_store(&s->live, 0);
      memcpy(s->pairs, pairs, n * sizeof *pairs);
      idhash_put(&set_hash, h, id);
      made = 1;
    }
  }
  razor_lock_release(&set_lock);
  if (made)
    forget_cached(t, id);
  if (id) {
    t->set_cache_h[k] = h;
    t->set_cache_id[k] = id;
  }
  return id;
}

/* Thread T's list of its idle sets that may be needed again, (id, version)
 * pairs: kept so that once retired they are reclaimed. */
static void list_idle(struct razor_tls *t, uint32_t id, unsigned state) {
  if (t->idle_n == t->idle_cap) {
    uint32_t cap = t->idle_cap ? t->idle_cap * 2 : 64;
    uint64_t *n = razor_map(cap * sizeof *n);
    if (!n)
      return; /* it stays idle, unreclaimed */
    if (t->idle)
      memcpy(n, t->idle, t->idle_n * sizeof *n);
    razor_unmap(t->idle, t->idle_cap * sizeof *t->idle);
    t->idle = n;
    t->idle_cap = cap;
  }
  t->idle[t->idle_n++] = (uint64_t)id << 32 | (state >> 2);
}

/* Thread T leaves set ID: its records made meanwhile go to the set's
 * count, and the set is reclaimed when retired without records, kept on
 * T's idle list otherwise while it may be needed again. */
static void set_leave(struct razor_tls *t, uint32_t id) {
  struct razor_set *s = razor_set_get(id);
  int64_t made = t->live_cur;
  t->live_cur = 0;
  if (!s)
    return;
  if (made)
    atomic_fetch_add(&s->live, made);
  unsigned idle = (atomic_load(&s->state) & ~3u) | SET_IDLE;
  atomic_store(&s->state, idle);
  if (set_retired(s)) {
    if (!atomic_load(&s->live))
      set_reclaim(id, s, idle);
    /* else its last record's release reclaims it */
  } else if (!s->listed) {
    s->listed = 1;
    list_idle(t, id, idle);
  }
}

/* Goes over thread T's idle sets after an epoch moved: those retired are
 * reclaimed when no record is left, and leave the list either way. */
static void sweep_idle(struct razor_tls *t) {
  uint32_t o = 0;
  for (uint32_t i = 0; i < t->idle_n; i++) {
    uint32_t id = (uint32_t)(t->idle[i] >> 32);
    struct razor_set *s = razor_set_get(id);
    unsigned state = s ? atomic_load(&s->state) : SET_RECLAIMED;
    if (SET_STATE(state) == SET_RECLAIMED ||
        (state >> 2) != (uint32_t)t->idle[i])
      continue; /* reclaimed already (and maybe another set's now) */
    if (SET_STATE(state) == SET_IDLE && set_retired(s)) {
      s->listed = 0;
      if (!atomic_load(&s->live))
        set_reclaim(id, s, state);
      continue;
    }
    t->idle[o++] = t->idle[i];
  }
  t->idle_n = o;
}

/* See razor_registry.h. */
uint32_t razor_set_switch(struct razor_tls *t, const struct razor_pair *pairs,
                          uint32_t n, uint32_t thread, int epochs_moved) {
  uint32_t old = t->set_id, id = set_intern(t, pairs, n, thread);
  if (id != old && old)
    set_leave(t, old);
  t->set_id = id;
  if (epochs_moved && t->idle_n)
    sweep_idle(t);
  return id;
}

/* The set with id ID, or NULL. */
struct razor_set *razor_set_get(uint32_t id) {
  return id ? razor_idtab_get(&set_tab, id) : NULL;
}

/* ---- contexts: (set, site) pairs as the pointer table's entries name
 * them (razor_registry.h).  Ids index chunks that never move, so a lookup
 * by id takes no lock; a reclaimed set's contexts are reused. ---- */

static uint32_t ctx_intern(uint64_t key, uint32_t stack) {
  uint32_t h = ctx_hash_of(key, stack), id = 0;
  razor_lock_acquire(&ctx_lock);
  for (size_t j = ctx_hash.cap ? h & (ctx_hash.cap - 1) : 0;
       ctx_hash.cap && ctx_hash.slots[j]; j = (j + 1) & (ctx_hash.cap - 1)) {
    uint64_t e = ctx_hash.slots[j];
    if ((uint32_t)(e >> 32) == h && razor_ctx_key((uint32_t)e) == key &&
        razor_ctx_stack((uint32_t)e) == stack) {
      id = (uint32_t)e;
      break;
    }
  }
  if (!id && !ctx_free && ctx_count == RAZOR_CTX_MAX) {
    static int said;
    if (!said++)
      fprintf(stderr,
              "razortrace: %u (site, probe set) pairs in use, no more can be "
              "told apart: blocks allocated at new ones are not tracked\n",
              RAZOR_CTX_MAX);
  } else if (!id && !idhash_reserve(&ctx_hash)) {
    uint32_t n = ctx_free ? ctx_free : ctx_count + 1;
    _Atomic(uint64_t *) *slot = &razor_ctx_chunks[n >> RAZOR_CTX_CHUNK_BITS];
    uint64_t *chunk = atomic_load_explicit(slot, memory_order_relaxed);
    if (!chunk && (chunk = razor_map(RAZOR_CTX_CHUNK * sizeof *chunk)))
      atomic_store_explicit(slot, chunk, memory_order_release);
    uint32_t *link = chunk ? ctx_next(n) : NULL;
    /* A stack goes in before the key: a reader that sees the key sees
     * it. */
    _Atomic(uint32_t *) *sslot =
        &razor_ctx_stack_chunks[n >> RAZOR_CTX_CHUNK_BITS];
    uint32_t *schunk = atomic_load_explicit(sslot, memory_order_relaxed);
    if (stack && !schunk &&
        (schunk = razor_map(RAZOR_CTX_CHUNK * sizeof *schunk)))
      atomic_store_explicit(sslot, schunk, memory_order_release);
    if (stack && !schunk)
      link = NULL;
    else if (schunk)
      __atomic_store_n(&schunk[n & (RAZOR_CTX_CHUNK - 1)], stack,
                       __ATOMIC_RELEASE);
    if (link) {
      if (n == ctx_free)
        ctx_free = *link;
      else
        ctx_count = n;
      __atomic_store_n(&chunk[n & (RAZOR_CTX_CHUNK - 1)], key,
                       __ATOMIC_RELEASE);
      id = n;
      idhash_put(&ctx_hash, h, id);
      /* On its set's list, reclaimed with it (a set that is not the
       * registry's, as unit tests make, keeps its contexts). */
      struct razor_set *s = razor_set_get((uint32_t)(key >> 32));
      *link = s ? s->ctx_head : 0;
      if (s)
        s->ctx_head = id;
    }
  }
  razor_lock_release(&ctx_lock);
  return id;
}

/* The context of (SET, SITE), through this thread's cache; 0 when none can
 * be made. */
uint32_t razor_ctx_of(uint32_t set, uint32_t site) {
  struct razor_tls *t = razor_tls_get();
  uint64_t key = (uint64_t)set << 32 | site;
  unsigned i = (site ^ set * 5u) & (RAZOR_CTX_CACHE - 1);
  if (RAZOR_LIKELY(t->ctx_key[i] == key))
    return t->ctx_id[i];
  uint32_t id = set && site ? ctx_intern(key, 0) : 0;
  if (id) {
    t->ctx_key[i] = key;
    t->ctx_id[i] = id;
  }
  return id;
}

/* See razor_registry.h.  Not cached: only suspect sites' blocks ask, each
 * after a stack walk that costs more than the lookup. */
uint32_t razor_ctx_of_stack(uint32_t set, uint32_t site, uint32_t stack) {
  return set && site ? ctx_intern((uint64_t)set << 32 | site, stack) : 0;
}

/* A copy of S, registered under ID (0: none, a "via" record), that
 * outlives S's module (S itself when out of memory). */
static struct razor_site *site_copy(const struct razor_site *s, uint32_t id) {
  struct razor_site *c = razor_site_clone(s);
  if (!c)
    return (struct razor_site *)s;
  __atomic_store_n(razor_site_id_slot(c), id, __ATOMIC_RELEASE);
  return c;
}

/* A module is being unloaded (dlclose): what the runtime still points at in
 * its records — registered sites, "via" records, probe functions — is
 * copied or forgotten, so reports after the unload still name its files and
 * lines.  At process exit, after the exit report, there is nothing to do. */
RAZOR_RESIDENT void razor_module_fini(const struct razor_module *m) {
  if (!m || m->abi_version != RAZOR_ABI_VERSION)
    return;
  struct razor_site *sb = m->sites_begin, *se = m->sites_end;
  struct razor_probe_desc *pb = m->probes_begin, *pe = m->probes_end;
  /* Its probes are in the registry from now on, as if registered at its
   * start-up (reports still list them). */
  razor_modules_settle();
  module_remove(m);
  razor_lock_acquire(&site_lock);
  /* The registered sites, not the module's records: a module's records
   * are read only once used, and this runs at exit too (before the exit
   * report), where walking them all made every page of a large
   * razor_sites section resident (yaml-cpp's tests: 1.5 MB). */
  for (uint32_t id = 1; sb && id <= site_count; id++) {
    struct razor_site *s = razor_idtab_get(&site_tab, id);
    if (s && s >= sb && s < se)
      razor_idtab_set(&site_tab, id, site_copy(s, id));
    struct razor_site *v = razor_idtab_get(&via_tab, id);
    if (v && v >= sb && v < se)
      razor_idtab_set(&via_tab, id, site_copy(v, 0)); /* named, not counted */
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

/* Takes (LOCK set) or releases the registry locks around fork(), in one
 * fixed order (the arena lock, taken inside the others, last). */
RAZOR_RESIDENT void razor_registry_fork_lock(int lock) {
  razor_lock *locks[] = {&module_lock, &probe_lock, &site_lock, &set_lock,
                         &ctx_lock};
  size_t nlocks = sizeof locks / sizeof locks[0];
  if (lock)
    for (size_t i = 0; i < nlocks; i++)
      razor_lock_acquire(locks[i]);
  /* Each probe's own lock too (a leaf: nothing is taken under it), so a
   * child never inherits one a sampling thread held.  probe_lock is held
   * meanwhile: the number of probes cannot change. */
  uint32_t n = atomic_load(&probe_count);
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
