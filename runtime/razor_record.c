/* razor_record.c - a block's record: the one place that creates, moves
 * and releases it, in the block's header or in the pointer table
 * (razor_record.h says which and why).  Every hook that allocates, frees or
 * resizes calls one function here; each adds or takes the block's bytes
 * through razor_account.h.  The thread's guard is set around every change,
 * so a signal handler that allocates or frees meanwhile never re-enters a
 * table: a handler's release of a headed block is deferred to its thread
 * (razor_account_defer), one of a table block is not seen. */
#include <dlfcn.h>
#include <string.h>

#include "razor_account.h"
#include "razor_probe.h"
#include "razor_record.h"
#include "razor_stack.h"
#include "razor_table.h"

/* The memory given to glibc for Q, when Q is a block of ours already
 * released (a program's double free, or realloc after free).  At q - 8 a
 * block of glibc's own, live or released, keeps its chunk's size (under
 * 2^44).  One of ours released has there glibc's tcache key (a random
 * word: it went to the tcache), a link of glibc's bins (a pointer; on
 * x86-64 the heap and libc lie above 2^44 unless the executable is not
 * position-independent), or the runtime's freed mark (glibc wrote nothing
 * there: a fast bin, or merged into a free neighbour): all 2^44 or more,
 * but for a random key once in 2^20 runs.  glibc then sees the same memory twice and
 * says so as it would without razortrace ("free(): double free detected in
 * tcache 2").  Otherwise glibc gets Q and aborts with another message. */
static inline void *hdr_freed(void *q) {
  uintptr_t a = (uintptr_t)q;
  if (!razor_headers || (a & 15) || a < 4096 || (a >> 63))
    return q;
  uint64_t *h = (uint64_t *)a - 2;
  uint64_t w = __atomic_load_n(&h[1], __ATOMIC_RELAXED);
  return w >> 44 ? h : q;
}


/* N bytes with a header (no record yet); as the next malloc gives them
 * when N is too large for one. */
static void *hdr_alloc(size_t n) {
  if (!razor_hdr_fits(n))
    return razor_real_malloc(n);
  uint64_t *h = razor_real_malloc(razor_hdr_bytes(n));
  return h ? razor_hdr_init(h) : NULL;
}

int razor_hdr_block(const void *q, const uint64_t *h, struct razor_block *b) {
  uint64_t info = h[1];
  b->ctx = razor_hdr_ctx(info);
  if (!b->ctx)
    return 0;
  b->ptr = (uintptr_t)q;
  b->size = razor_hdr_size(info);
  b->serial = (uint16_t)h[0];
  razor_ctx_get(b->ctx, &b->set, &b->site);
  return 1;
}

/* realloc of Q (header H) to N bytes (not 0: callers release instead).
 * The result has a header too while N is small enough for one (*STILL
 * set), its record left as it was (the caller changes it); a larger one is
 * a plain block of glibc's with Q's bytes, Q released (the caller records
 * it in the table).  NULL with Q intact when it fails. */
static void *hdr_realloc(void *q, uint64_t *h, size_t n, int *still) {
  *still = n <= RAZOR_HDR_MAX_SIZE;
  if (!*still) {
    void *p = razor_real_malloc(n);
    if (!p)
      return NULL;
    size_t old = razor_real_usable()(h) - RAZOR_HDR_BYTES;
    memcpy(p, q, old < n ? old : n);
    razor_hdr_give_back(h);
    return p;
  }
  uint64_t tag = h[0];
  h[0] = 0;
  uint64_t *nh = __atomic_load_n(&__razor_next_realloc, __ATOMIC_ACQUIRE)(
      h, razor_hdr_bytes(n));
  if (!nh) {
    h[0] = tag;
    return NULL;
  }
  void *nq = nh + 2;
  nh[0] = razor_hdr_tag((uintptr_t)nq) | (uint16_t)tag;
  return nq;
}

int razor_record_tracked(const void *ptr) {
  const uint64_t *h = razor_hdr_of(ptr);
  if (h)
    return razor_hdr_ctx(h[1]) != 0;
  return (__atomic_load_n(&__razor_tracking, __ATOMIC_RELAXED) &
          RAZOR_TRACKING_TABLE) &&
         razor_table_contains((uintptr_t)ptr);
}

/* malloc_usable_size: a block of ours has 16 bytes fewer than its chunk. */
size_t razor_usable_impl(void *p) {
  size_t (*usable)(void *) = razor_real_usable();
  uint64_t *h = razor_hdr_of(p);
  if (h)
    return usable(h) - RAZOR_HDR_BYTES;
  return p && !razor_alloc_is_boot(p) && usable ? usable(p) : 0;
}
RAZOR_EXPORT __attribute__((weak, alias("razor_usable_impl"))) size_t
malloc_usable_size(void *p);

/* Custom allocators' chunks with a header that are known (below): how
 * many, and the hook that forgets one when its record goes. */
static atomic_uint chunks_known;
static void chunk_gone(uintptr_t q);

/* Takes the record off header H (this thread's block T): its block counts
 * no more. */
static inline __attribute__((always_inline)) void
hdr_forget(struct razor_tls *t, uint64_t *h) {
  uint64_t info = h[1];
  uint32_t ctx = razor_hdr_ctx(info);
  if (!ctx)
    return;
  uint64_t size = razor_hdr_size(info);
  uint32_t serial = (uint16_t)h[0];
  if (RAZOR_UNLIKELY(t->guard)) { /* a signal handler's release */
    if (razor_account_defer(t, ctx, serial, size))
      h[1] = 0;
    else /* no room: the block counts on */
      razor_note_dropped();
    return;
  }
  if (RAZOR_UNLIKELY(atomic_load_explicit(&t->ndeferred,
                                          memory_order_relaxed)))
    razor_account_drain();
  if (RAZOR_UNLIKELY(atomic_load_explicit(&chunks_known,
                                          memory_order_relaxed)))
    chunk_gone((uintptr_t)(h + 2));
  t->guard = 1;
  h[1] = 0;
  razor_account_release(t, ctx, serial, size);
  t->guard = 0;
}

/* See razor_record.h. */
void razor_record_forget(void *ptr) {
  uint64_t *h = razor_hdr_of(ptr);
  if (h)
    hdr_forget(razor_tls_get(), h);
  else
    razor_record_forget_table(ptr);
}

/* Releases the block of header H: its record, then its memory. */
static inline __attribute__((always_inline)) void
hdr_free(struct razor_tls *t, uint64_t *h) {
  hdr_forget(t, h);
  razor_hdr_give_back(h);
}


/* ---- tracking ---- */

/* How track_at records a block: in its header when it has one, else in
 * the table (PLAIN); always in the table, for a mapping, whose address may
 * have nothing mapped in front of it (MAPPING), and for a custom
 * allocator's block (CLIENT, razor_pool.c), which lies inside memory of
 * its own and may even start where its chunk does. */
enum { TRACK_PLAIN, TRACK_MAPPING, TRACK_CLIENT };

static void chunk_candidate(uintptr_t ptr, uint64_t size);
/* Custom allocators' pages known to lie in no tracked block (below): once
 * there are any, a tracked block of CHUNK_MIN bytes or more made with a
 * header tells them (neg_touch). */
#define CHUNK_MIN 128
static atomic_int neg_pages_on;
__attribute__((noinline, cold)) static void neg_touch(uintptr_t q,
                                                    uint64_t n);
#define NEG_TOUCH(q, n)                                                        \
  do {                                                                         \
    if (RAZOR_UNLIKELY(atomic_load_explicit(&neg_pages_on,                     \
                                            memory_order_relaxed)) &&          \
        (n) >= CHUNK_MIN)                                                      \
      neg_touch((q), (n));                                                     \
  } while (0)

/* Records PTR (SIZE bytes) for every probe sampling on this thread, charged
 * to SITE; VIA (may be NULL) is where it really happened.  FRAME starts a
 * stack walk (FOREIGN: from code built without the plugin, where frame
 * pointers may stop it early).  HOW: see above. */
static void track_at(void *ptr, uint64_t size, struct razor_site *site,
                     struct razor_site *via, void *frame, int how,
                     int foreign) {
  struct razor_tls *t = razor_tls_cur();
  t->guard = 1;
  /* Our own frame, always valid, for closing activations a longjmp left;
   * FRAME (the caller's, possibly without a frame pointer) only starts a
   * stack walk, which checks every frame against the stack's bounds. */
  void *here = __builtin_frame_address(0);
  if (t->depth && (uintptr_t)t->stack[t->depth - 1].frame <= (uintptr_t)here)
    razor_reap(here);
  if (__razor_sampling) {
    uint32_t sid = razor_site_id(site);
    if (!sid)
      sid = razor_site_register(site);
    if (via && sid)
      razor_site_set_via(sid, via);
    if (t->set_gen != atomic_load(&razor_epoch_gen))
      razor_refresh_set(t);
    if (sid && t->set_id) {
      /* Captured before any lock is taken (it may allocate, once), and
       * only at a suspect site (razor_stack.h); the block's context then
       * names its stack. */
      int take = t->stack_take;
      t->stack_take = 0;
      uint32_t stack = t->want_stack && razor_site_suspect(sid) &&
                               (take || razor_stack_due(t))
                           ? razor_stack_capture(frame, foreign)
                           : 0;
      struct razor_block b = {(uintptr_t)ptr, size, sid, t->set_id,
                              stack ? razor_ctx_of_stack(t->set_id, sid, stack)
                                    : razor_ctx_of(t->set_id, sid),
                              t->next_token},
                         old;
      uint64_t *h = how != TRACK_PLAIN ? NULL : razor_hdr_of(ptr);
      int r;
      if (h) { /* a block of ours: its header is its record */
        r = razor_hdr_block(ptr, h, &old);
        if (b.ctx && size < (1ull << RAZOR_HDR_SIZE_BITS)) {
          razor_hdr_set(h, &b);
          NEG_TOUCH(b.ptr, size);
        } else {
          h[1] = 0;
          if (r)
            razor_account(&old, -(int64_t)old.size, -1);
          r = -1;
        }
      } else {
        r = razor_table_insert(&b, &old, 1);
      }
      if (r < 0)
        razor_note_dropped();
      if (r == 1)
        razor_account(&old, -(int64_t)old.size, -1);
      if (r >= 0)
        razor_account(&b, (int64_t)size, 1);
      if (r >= 0 && !h && how != TRACK_CLIENT)
        chunk_candidate(b.ptr, size);
      while (RAZOR_UNLIKELY(t->heap_stale) && razor_table_stale(&old))
        razor_account(&old, -(int64_t)old.size, -1);
    } else { /* no site or set id: the registries' memory ran out */
      razor_note_dropped();
    }
  }
  t->guard = 0;
}

/* What this thread's allocations in code that is not the user's are
 * charged to: the outermost allocation wrapper's call that is running,
 * else the user's innermost call into foreign code (NULL: neither). */
static inline struct razor_site *callsite_record(void) {
  struct razor_site *w = __razor_wrapcall;
  return w ? w : __razor_callsite;
}

/* The site an allocation at SITE in instrumented code is charged to: the
 * allocation wrapper's call that is running (whatever runs inside it,
 * hooks reached through pointers included); else, when SITE is in a system
 * header or in an allocation wrapper's body, the user's call that is
 * running into it; else SITE itself.  *VIA is where the allocation really
 * happened when that is not the site charged (else NULL).  An allocation
 * of a wrapper inlined into its caller passes the wrapper call's record
 * (RAZOR_SITE_INLINED): it is charged to that record when no wrapper call
 * is running (the outermost wins), with the allocation's own record in
 * the wrapper (`inner`) as "via", as the call's bracket would have had
 * it. */
static inline struct razor_site *charged_site(struct razor_site *site,
                                              struct razor_site **via) {
  struct razor_site *at = site, *inner;
  if (RAZOR_UNLIKELY(site->flags & RAZOR_SITE_INLINED) &&
      (inner = razor_site_inner(site)))
    at = inner;
  struct razor_site *w = __razor_wrapcall;
  if (w) {
    *via = at;
    return w;
  }
  if (at != site) {
    *via = at;
    return site;
  }
  struct razor_site *cs = __razor_callsite;
  if (cs && (site->flags & (RAZOR_SITE_SYSTEM_HEADER | RAZOR_SITE_WRAPPED))) {
    *via = site;
    return cs;
  }
  *via = NULL;
  return site;
}

/* Tracks PTR as made at SITE in instrumented code (HOW: see track_at),
 * charged to charged_site's choice, with its "via". */
static void track_charged(void *ptr, uint64_t size, struct razor_site *site,
                          void *frame, int how) {
  struct razor_site *via;
  struct razor_site *charged = charged_site(site, &via);
  track_at(ptr, size, charged, via, frame, how, 0);
}

/* See razor_record.h.  One in a system header (the standard library's
 * containers) or in an allocation wrapper is charged to the user's line
 * that called into it (charged_site). */
void razor_record_block(void *ptr, uint64_t size, struct razor_site *site,
                        void *frame) {
  if (!ptr || !site || razor_tls_get()->guard)
    return;
  track_charged(ptr, size, site, frame, TRACK_PLAIN);
}

/* True when site ID has a "via" record already (one with a location if
 * LOCATED): nothing to remember for it.  Through the thread's cache. */
static inline int via_known(struct razor_tls *t, uint32_t id, int located) {
  unsigned k = id & (RAZOR_ACCT_CACHE - 1);
  uint32_t v = t->via_ok[k];
  if (v >> 1 == id && ((v & 1) || !located))
    return 1;
  struct razor_site *known = razor_site_via(id);
  if (!known || (located && !razor_site_located(known)))
    return 0;
  t->via_ok[k] = id << 1 | (razor_site_located(known) != 0);
  return 1;
}

/* track_fresh's block PTR (N bytes, at site SID, context CTX of the
 * thread's set) when it is not cached (razor_account_cached): out of line,
 * so that the block is built only here. */
__attribute__((noinline)) static void account_fresh(struct razor_tls *t,
                                                    uintptr_t ptr, uint64_t n,
                                                    uint32_t sid, uint32_t ctx) {
  struct razor_block b = {ptr, n, sid, t->set_id, ctx, t->next_token};
  razor_account_slow(t, &b, (int64_t)n, 1);
}

/* The common case of recording a block of N bytes with header H, just
 * allocated while this thread samples, in one go, the header written:
 * at SITE in instrumented code (hdr_track), or, FOREIGN set, in code
 * built without the plugin during the user's call SITE.  0 when
 * razor_record_block or razor_record_foreign must do it (the header not
 * written): inside the runtime, a site not seen before, a "via" not known
 * yet, a suspect site of `traceback` (its stack), an activation to close,
 * a set or context not known. */
static inline __attribute__((always_inline)) int
track_fresh(uint64_t *h, uint64_t n, struct razor_site *site, int foreign) {
  struct razor_tls *t = razor_tls_cur(); /* this thread samples */
  if (RAZOR_UNLIKELY(t->guard || !t->depth || !t->set_id ||
                     t->set_gen != atomic_load_explicit(
                                       &razor_epoch_gen, memory_order_relaxed)))
    return 0;
  /* As razor_record_block: a system header's allocation is charged to the
   * user's call into it. */
  int located = 0;
  if (!foreign) {
    struct razor_site *via;
    site = charged_site(site, &via);
    located = via != NULL;
  }
  uint32_t sid = razor_site_id(site);
  if (!sid || ((foreign || located) && !via_known(t, sid, located)))
    return 0;
  void *top = t->stack[t->depth - 1].frame;
  if (top && (uintptr_t)top <= (uintptr_t)__builtin_frame_address(0))
    return 0;
  uint64_t key = (uint64_t)t->set_id << 32 | sid;
  unsigned i = (sid ^ t->set_id * 5u) & (RAZOR_CTX_CACHE - 1);
  if (t->ctx_key[i] != key)
    return 0;
  /* A suspect site's block chosen for a stack (razor_stack.h): the slow
   * way takes it. */
  if (RAZOR_UNLIKELY(t->want_stack) && razor_site_suspect(sid) &&
      razor_stack_due(t)) {
    t->stack_take = 1;
    return 0;
  }
  struct razor_block b = {(uintptr_t)(h + 2), n, sid, t->set_id,
                          t->ctx_id[i], t->next_token};
  t->guard = 1;
  razor_hdr_set(h, &b);
  /* The set is current (set_gen above), the block the activation's. */
  if (!razor_account_cached_now(t, b.ctx, (int64_t)n, 1))
    account_fresh(t, b.ptr, n, sid, b.ctx);
  t->guard = 0;
  NEG_TOUCH((uintptr_t)(h + 2), n);
  return 1;
}

/* See razor_record.h. */
void razor_record_mapping(void *ptr, uint64_t size, struct razor_site *site) {
  if (!ptr || !site || razor_tls_get()->guard)
    return;
  /* A mapping is its own call's, inlined from a wrapper or not. */
  if ((site->flags & RAZOR_SITE_INLINED) && razor_site_inner(site))
    site = razor_site_inner(site);
  track_at(ptr, size, site, NULL, *(void **)__builtin_frame_address(0),
           TRACK_MAPPING, 0);
}


/* The function a call through a pointer at SITE went to, for the "via" of
 * a block of KIND it got (FRAME: the allocation's, whose return address is
 * in the allocation function's caller): the symbol around that return
 * address when it lies in another module than SITE's and is exported;
 * the allocation function itself when that is operator new (libstdc++'s
 * calls malloc); else the return address itself, written into BUF
 * (razor_via_pc: named at report time from the symbol table, where a
 * function of SITE's own module has its name, or, when that is the
 * site's own function, a pointer to malloc as cJSON's and Lua's hooks
 * hold). */
static const char *pointer_target(const struct razor_site *site,
                                  unsigned kind, void *frame,
                                  char buf[RAZOR_VIA_PC_LEN]) {
  Dl_info at, own;
  void *ret = frame ? ((void **)frame)[1] : NULL;
  if (!ret || razor_alloc_kind_of(ret, RAZOR_KIND_malloc) != RAZOR_KIND_malloc)
    return razor_kind_name(kind);
  if (dladdr(ret, &at) && at.dli_sname && dladdr(site, &own) &&
      at.dli_fbase != own.dli_fbase)
    return at.dli_sname;
  razor_via_pc_write(buf, (uintptr_t)ret);
  return buf;
}

/* The user's call into code built without the plugin that a block such
 * code allocated came through, while the block is charged to SITE
 * (callsite_record's choice): SITE itself, unless that is the thread's
 * wrapper call.  Then it is the innermost such call made during the
 * wrapper's call, the thread's callsite, when the wrapper was built with
 * the plugin (RAZOR_SITE_WRAPPER_INSTRUMENTED: each of its calls into such
 * code sets it); else none is known (the wrapper is a library's own, and
 * the callsite may be older than its call).  NULL: none. */
static const struct razor_site *foreign_call(const struct razor_site *site) {
  if (site != __razor_wrapcall)
    return site;
  return site->flags & RAZOR_SITE_WRAPPER_INSTRUMENTED ? __razor_callsite
                                                       : NULL;
}

/* A "via" record of the runtime's own for a block of KIND made in code
 * built without the plugin while it is charged to SITE: no location, the
 * function the user's call into that code went to (foreign_call's; or
 * pointer_target's).  Charged to a wrapper's call, never the wrapper's own
 * name a second time: a wrapper of a library that allocated itself gives
 * the allocation function.  NULL when out of memory. */
static struct razor_site *foreign_via(const struct razor_site *site,
                                      unsigned kind, void *frame) {
  const struct razor_site *call = foreign_call(site);
  const char *callee = call ? razor_site_str(call, callee) : "";
  char buf[RAZOR_VIA_PC_LEN];
  const char *fn = callee[0] ? callee
                             : pointer_target(call ? call : site, kind, frame,
                                              buf);
  if (!call && !strcmp(fn, razor_site_str(site, callee)))
    fn = razor_kind_name(kind);
  const char *str[RAZOR_SITE_NSTR] = {NULL, NULL, fn};
  struct razor_site proto = {.kind = (uint8_t)kind};
  return razor_site_make(&proto, str);
}

/* See razor_record.h. */
void razor_record_foreign(void *ptr, uint64_t size, unsigned kind,
                          void *frame) {
  struct razor_site *site = callsite_record();
  if (!ptr || !site || razor_tls_get()->guard || kind >= RAZOR_KIND_COUNT)
    return;
  /* Its "via", once per site: no location, the allocation function and the
   * function this very call went to (several calls on one line and column
   * share the site; the one that allocated is named). */
  uint32_t sid = razor_site_id(site);
  if (!sid)
    sid = razor_site_register(site);
  if (sid && !razor_site_via(sid)) {
    struct razor_site *via = foreign_via(site, kind, frame);
    if (via)
      razor_site_set_via(sid, via);
  }
  track_at(ptr, size, site, NULL, frame, TRACK_PLAIN, 1);
}

/* See razor_record.h. */
void razor_record_forget_table(void *ptr) {
  struct razor_tls *t = razor_tls_get();
  /* Set while this thread is inside the runtime: a signal handler that
   * frees there must not take a table lock the thread already holds (the
   * block's record then stays: the handler's free is not seen). */
  if (t->guard || !(__atomic_load_n(&__razor_tracking, __ATOMIC_RELAXED) &
                    RAZOR_TRACKING_TABLE))
    return;
  t->guard = 1;
  struct razor_block b;
  if (razor_table_remove((uintptr_t)ptr, &b))
    razor_account(&b, -(int64_t)b.size, -1);
  t->guard = 0;
}


/* N bytes from the next malloc; with a header while this thread samples. */
static inline void *alloc_for(size_t n) {
  return RAZOR_UNLIKELY(__razor_sampling) && razor_headers
             ? hdr_alloc(n)
             : razor_real_malloc(n);
}

/* True while this thread samples and blocks of N bytes get headers. */
static inline int headed(size_t n) {
  return RAZOR_UNLIKELY(__razor_sampling) && razor_headers &&
         razor_hdr_fits(n);
}

/* Gives block H (N bytes from the next allocator, plus the header's 16;
 * NULL: none) its header and records it for SITE. */
static inline __attribute__((always_inline)) void *
hdr_track(uint64_t *h, size_t n, struct razor_site *site, void *frame) {
  if (!h)
    return NULL;
  if (RAZOR_LIKELY(track_fresh(h, n, site, 0)))
    return h + 2;
  void *q = razor_hdr_init(h);
  razor_record_block(q, n, site, frame);
  return q;
}

/* ---- allocation at a site of instrumented code, while sampling ---- */

void *razor_record_malloc(size_t n, struct razor_site *site, void *frame) {
  if (headed(n))
    return hdr_track(razor_real_malloc(razor_hdr_bytes(n)), n, site, frame);
  void *p = razor_real_malloc(n);
  razor_record_block(p, n, site, frame);
  return p;
}

void *razor_record_calloc(size_t n, size_t sz, struct razor_site *site,
                          void *frame) {
  size_t bytes;
  if (!__builtin_mul_overflow(n, sz, &bytes) && headed(bytes))
    return hdr_track(razor_real_calloc(1, razor_hdr_bytes(bytes)), bytes,
                     site, frame);
  void *p = razor_real_calloc(n, sz);
  razor_record_block(p, (uint64_t)n * sz, site, frame);
  return p;
}

void *razor_record_malloc_headed(size_t n, struct razor_site *site,
                                 void *frame) {
  return headed(n) ? hdr_track(razor_real_malloc(razor_hdr_bytes(n)), n,
                               site, frame)
                   : NULL;
}

/* ---- realloc and release ---- */


/* realloc of a block of ours (Q, header H) to N bytes keeping its
 * record, with the size changed by the delta.  N == 0 frees (as glibc's
 * realloc does); on failure Q stays as it was. */
static void *hdr_realloc_keep(void *q, uint64_t *h, size_t n) {
  struct razor_tls *t = razor_tls_get();
  struct razor_block b;
  if (n == 0) {
    hdr_free(t, h);
    return NULL;
  }
  int had = razor_hdr_block(q, h, &b), still;
  if (had && !t->guard &&
      RAZOR_UNLIKELY(atomic_load_explicit(&chunks_known,
                                          memory_order_relaxed)))
    chunk_gone((uintptr_t)q);
  void *nq = hdr_realloc(q, h, n, &still);
  /* Inside the runtime already (a signal handler's realloc): the record
   * keeps its old size, which its release then takes off again (a block
   * that left its header keeps counting). */
  if (nq && had && !t->guard) {
    struct razor_block old;
    t->guard = 1;
    razor_account(&b, (int64_t)n - (int64_t)b.size, 0);
    b.ptr = (uintptr_t)nq;
    b.size = n;
    if (still) {
      razor_hdr_set((uint64_t *)nq - 2, &b);
      NEG_TOUCH(b.ptr, n);
    } else {
      int r = razor_table_insert(&b, &old, 0);
      if (r == 1)
        razor_account(&old, -(int64_t)old.size, -1);
      else if (r < 0)
        razor_account(&b, -(int64_t)n, -1);
      if (r < 0)
        razor_note_dropped();
    }
    t->guard = 0;
  }
  return nq;
}

/* realloc of P to N bytes keeping P's attribution (site and probe set):
 * the size changes by the delta, the entry moves to the new address; N == 0
 * frees; on failure the old entry stays.  realloc(NULL, N) is malloc(N). */
static void *realloc_keep(void *p, size_t n) {
  struct razor_tls *t = razor_tls_get();
  uint64_t *h = razor_hdr_of(p);
  if (h)
    return hdr_realloc_keep(p, h, n);
  if (!p)
    return alloc_for(n);
  if (!(__atomic_load_n(&__razor_tracking, __ATOMIC_RELAXED) &
        RAZOR_TRACKING_TABLE) ||
      t->guard)
    return razor_real_realloc(hdr_freed(p), n);
  if (n == 0) {
    razor_record_forget(p);
    return razor_real_realloc(p, n);
  }
  t->guard = 1; /* see razor_record_forget_table */
  struct razor_block b, old;
  int had = razor_table_remove((uintptr_t)p, &b);
  void *q = razor_real_realloc(had ? p : hdr_freed(p), n);
  if (had && !q) {
    if (razor_table_insert(&b, &old, 0) < 0)
      razor_account(&b, -(int64_t)b.size, -1);
  } else if (had) {
    razor_account(&b, (int64_t)n - (int64_t)b.size, 0);
    b.ptr = (uintptr_t)q;
    b.size = n;
    int r = razor_table_insert(&b, &old, 0);
    if (r == 1)
      razor_account(&old, -(int64_t)old.size, -1);
    else if (r < 0)
      razor_account(&b, -(int64_t)n, -1);
  }
  t->guard = 0;
  return q;
}

/* Records block Q (N bytes, a realloc's result without a header) as
 * hdr_track_realloc does. */
static inline void record_realloc(void *q, size_t n, struct razor_site *site,
                                  void *frame, int foreign) {
  if (foreign)
    razor_record_foreign(q, n, RAZOR_KIND_realloc, frame);
  else
    razor_record_block(q, n, site, frame);
}

/* Gives block H (N bytes, a realloc's, NULL: none) its record: at SITE in
 * instrumented code as hdr_track does, or, FOREIGN set, as a block code
 * built without the plugin reallocated during the user's call SITE. */
static inline __attribute__((always_inline)) void *
hdr_track_realloc(uint64_t *h, size_t n, struct razor_site *site, void *frame,
                  int foreign) {
  if (!foreign)
    return hdr_track(h, n, site, frame);
  if (!h)
    return NULL;
  if (track_fresh(h, n, site, 1))
    return h + 2;
  void *q = razor_hdr_init(h);
  record_realloc(q, n, site, frame, 1);
  return q;
}

/* razor_record_realloc's, FOREIGN as hdr_track_realloc's. */
static inline __attribute__((always_inline)) void *
realloc_at(void *p, size_t n, struct razor_site *site, void *frame,
           int foreign) {
  struct razor_tls *t = razor_tls_get();
  uint64_t *h = razor_hdr_of(p);
  void *q;
  if (n == 0 && p) {
    if (h) {
      hdr_free(t, h);
      return NULL;
    }
    razor_forget(p);
    return razor_real_realloc(p, n);
  }
  int still;
  if (t->guard) /* see razor_record_forget_table */
    return h ? hdr_realloc(p, h, n, &still)
             : razor_real_realloc(hdr_freed(p), n);
  struct razor_block b, old;
  if (h) {
    uint64_t info = h[1];
    hdr_forget(t, h); /* the old record goes */
    q = hdr_realloc(p, h, n, &still);
    if (q && still) /* still with a header */
      return hdr_track_realloc((uint64_t *)q - 2, n, site, frame, foreign);
    if (q) {
      record_realloc(q, n, site, frame, foreign);
      return q;
    }
    if (razor_hdr_ctx(info)) { /* P stays, and so does its record */
      t->guard = 1;
      h[1] = info;
      razor_hdr_block(p, h, &b);
      razor_account(&b, (int64_t)b.size, 1);
      t->guard = 0;
    }
    return NULL;
  }
  if (!p && headed(n))
    return hdr_track_realloc(razor_real_malloc(razor_hdr_bytes(n)), n, site,
                             frame, foreign);
  /* A block the table may hold (or none): the result is not headed. */
  t->guard = 1;
  int had = p &&
            (__atomic_load_n(&__razor_tracking, __ATOMIC_RELAXED) &
             RAZOR_TRACKING_TABLE) &&
            razor_table_remove((uintptr_t)p, &b);
  q = razor_real_realloc(had ? p : hdr_freed(p), n);
  if (!q && had && razor_table_insert(&b, &old, 0) < 0)
    razor_account(&b, -(int64_t)b.size, -1);
  else if (q && had)
    razor_account(&b, -(int64_t)b.size, -1);
  t->guard = 0;
  if (q)
    record_realloc(q, n, site, frame, foreign);
  return q;
}

/* See razor_record.h: the old block's accounting is removed. */
void *razor_record_realloc(void *p, size_t n, struct razor_site *site,
                           void *frame) {
  return realloc_at(p, n, site, frame, 0);
}

/* Releases P: a block of ours through its header, any other after its
 * record in the table (if any) goes.  T: this thread's block, NULL when
 * not known yet. */
static inline __attribute__((always_inline)) void release(struct razor_tls *t,
                                                          void *p) {
  uint64_t *h = razor_hdr_of(p);
  if (h) {
    hdr_free(t ? t : razor_tls_get(), h);
    return;
  }
  razor_forget_table(p);
  razor_real_free(hdr_freed(p));
}

/* See razor_record.h. */
void razor_record_release_traced(void *p) {
  struct razor_tls *t = razor_tls_cur(); /* this thread samples */
  /* A probe left by longjmp has a frame at or below this one. */
  if (t->depth && (uintptr_t)t->stack[t->depth - 1].frame <=
                      (uintptr_t)__builtin_frame_address(0))
    razor_reap_here();
  release(t, p);
}


/* A block that code built without the plugin allocated (libc's fopen,
 * getline or asprintf, libstdc++'s std::string, a third-party library)
 * while a probe samples on this thread: it is charged to the user's call
 * into that code, with the function called as "via". */
static inline void track_foreign(void *p, size_t n, unsigned kind) {
  if (RAZOR_UNLIKELY(__razor_sampling) &&
      (__razor_callsite || __razor_wrapcall) &&
      !razor_alloc_from_loader(__builtin_return_address(0)))
    razor_record_foreign(
        p, n, razor_alloc_kind_of(__builtin_return_address(0), kind),
        __builtin_frame_address(0));
}

/* Block H (N bytes and a header, NULL: none) allocated by code built
 * without the plugin while this thread samples, with function KIND:
 * given its header and recorded as track_foreign does.  Inlined: the
 * return address is the caller's of the process's malloc or calloc. */
static inline __attribute__((always_inline)) void *
hdr_foreign(uint64_t *h, size_t n, unsigned kind) {
  struct razor_site *site = callsite_record();
  if (!h)
    return NULL;
  if (site && !razor_alloc_from_loader(__builtin_return_address(0)) &&
      track_fresh(h, n, site, 1))
    return h + 2;
  void *q = razor_hdr_init(h);
  track_foreign(q, n, kind);
  return q;
}

/* ---- the slow paths of the process's malloc, calloc, free and realloc
 * (razor_interpose.c), for code built without the plugin: a probe samples
 * on this thread, or blocks may be tracked.  Out of line, with frames of
 * their own: track_foreign's return address is the allocation's caller. */

__attribute__((noinline)) void *razor_record_foreign_malloc(size_t n) {
  if (headed(n))
    return hdr_foreign(razor_real_malloc(razor_hdr_bytes(n)), n,
                       RAZOR_KIND_malloc);
  void *p = razor_real_malloc(n);
  track_foreign(p, n, RAZOR_KIND_malloc);
  return p;
}

__attribute__((noinline)) void *razor_record_foreign_calloc(size_t n,
                                                            size_t sz) {
  size_t bytes;
  if (!__builtin_mul_overflow(n, sz, &bytes) && headed(bytes))
    return hdr_foreign(razor_real_calloc(1, razor_hdr_bytes(bytes)), bytes,
                       RAZOR_KIND_calloc);
  void *p = razor_real_calloc(n, sz);
  track_foreign(p, (size_t)n * sz, RAZOR_KIND_calloc);
  return p;
}

/* release's way for a block of ours with nothing else to do (no signal
 * handler's releases left, no chunks known) when its record is taken off
 * through a cache (razor_account_release_cached): 1 when done, the memory
 * given back; 0, nothing changed, when release has to.  No call but the
 * last: razor_record_release then needs no frame of its own. */
static inline __attribute__((always_inline)) int
hdr_free_cached(struct razor_tls *t, uint64_t *h) {
  if (t->guard ||
      atomic_load_explicit(&t->ndeferred, memory_order_relaxed) ||
      atomic_load_explicit(&chunks_known, memory_order_relaxed))
    return 0;
  uint64_t info = h[1];
  uint32_t ctx = razor_hdr_ctx(info);
  if (ctx) {
    t->guard = 1;
    int done = razor_account_release_cached(t, ctx, (uint16_t)h[0],
                                            razor_hdr_size(info));
    t->guard = 0;
    if (!done)
      return 0;
  }
  razor_hdr_give_back(h);
  return 1;
}

__attribute__((noinline)) static void release_slow(void *p) {
  release(NULL, p);
}

__attribute__((noinline)) void razor_record_release(void *p) {
  uint64_t *h = razor_hdr_of(p);
  struct razor_tls *t = razor_tls_self;
  if (RAZOR_LIKELY(h && t) && hdr_free_cached(t, h))
    return;
  release_slow(p);
}

/* Whether the process's realloc, returning to RET, was called by the
 * thread's callsite SITE itself: a call through a pointer (libxml2's
 * xmlRealloc, a hook's default) from instrumented code of the module RET
 * lies in.  Not a call of a named function (a library's, which may have
 * jumped to realloc as its last act: the return address is then the
 * user's). */
static int called_by_site(const struct razor_site *site, const void *ret) {
  if (!site || razor_site_str(site, callee)[0])
    return 0;
#if defined(__GLIBC__) && __GLIBC_PREREQ(2, 35)
  struct dl_find_object at, own;
  return _dl_find_object((void *)ret, &at) == 0 &&
         _dl_find_object((void *)site, &own) == 0 &&
         at.dlfo_link_map == own.dlfo_link_map;
#else
  Dl_info at, own;
  return dladdr(ret, &at) && dladdr(site, &own) &&
         at.dli_fbase == own.dli_fbase;
#endif
}

/* The process's realloc called by code built without the plugin: keeps a
 * tracked block's attribution (libc's getline growing a buffer of the
 * user's), then forwards.  Called through a pointer by instrumented code,
 * while this thread samples, it is that code's realloc, as a direct one:
 * the block is charged afresh to the call (as a malloc through a pointer
 * is), with "via" realloc. */
__attribute__((noinline)) void *razor_record_realloc_foreign(void *p,
                                                             size_t n) {
  if (RAZOR_UNLIKELY(__razor_sampling) && p && n &&
      called_by_site(__razor_callsite, __builtin_return_address(0)))
    return realloc_at(p, n, callsite_record(), __builtin_frame_address(0), 1);
  void *q = realloc_keep(p, n);
  if (!p)
    track_foreign(q, n, RAZOR_KIND_realloc);
  return q;
}


/* ---- custom allocators: their blocks and their chunks ----
 *
 * A block registered with razor_malloclike or razor_pool_alloc
 * (razor_pool.c) is recorded in the table (TRACK_CLIENT).  The memory it
 * lies in the allocator usually took from malloc (its chunk), and when that
 * chunk is a tracked block it would count a second time.  So the first
 * block registered inside a tracked block while a probe samples makes that
 * block a *chunk*: its record moves to a record of the same line with kind
 * RAZOR_KIND_POOL_CHUNK ("pool-chunk", a site of its own, never a
 * finding), so its bytes leave the site's count; the blocks carved from it
 * count instead.  It stays a chunk until it is freed.
 *
 * Which tracked block holds P:
 *   - one of the chunks found already (known[], checked against its record
 *     at each use);
 *   - a block with a header: the first header found looking back from P
 *     (glibc's blocks never overlap), up to the largest headed block, when
 *     its block reaches P.  The look reads a copy of that memory that
 *     process_vm_readv makes, which stops at memory that cannot be read:
 *     a wild P costs a failed system call, never a fault;
 *   - a block in the table (over 128 KiB, aligned, mmap'd, or another
 *     allocator's): the table maps exact addresses only, so the record
 *     owner keeps the last CAND_MAX such blocks of CHUNK_MIN bytes or more
 *     as candidates (a chunk older than that is not found, and counts on
 *     as the site's own). */
#include <sys/uio.h>
#include <unistd.h>

#define CAND_MAX 256
#define KNOWN_MAX 1024 /* a power of 2 */
#define PAGE_SLOTS 16384 /* a power of 2 */
/* The look back covers every header whose block can reach P. */
#define LOOK_BACK (RAZOR_HDR_MAX_SIZE + 2 * RAZOR_HDR_BYTES)
/* From the end of the page of the address looked for. */
#define LOOK_BUF (LOOK_BACK + 4096)

#define NEG_MAX 16

static razor_lock chunk_lock;
struct chunk_range {
  uintptr_t ptr;
  uint64_t size;
  int headed;
};
struct neg_run {
  uintptr_t pool, lo, hi; /* hi 0: free */
};
/* Candidates, known chunks and runs (below), in a mapping of the
 * runtime's own: LeakSanitizer scans the program's data, where these
 * addresses would hide the blocks they name from its leak report. */
static struct chunk_tabs {
  struct chunk_range cand[CAND_MAX], known[KNOWN_MAX];
  struct neg_run neg[NEG_MAX];
  /* By a hash of a page: 1 + the slot of the known chunk last found
   * holding an address in that page (0: none). */
  uint16_t page_slot[PAGE_SLOTS];
  /* By a hash of a page: bumped when a tracked block of CHUNK_MIN bytes
   * or more is made over it (neg_touch); and pages found in no tracked
   * block (1 + the page's number, 0: none) with the count then. */
  uint32_t page_gen[PAGE_SLOTS];
  struct {
    uintptr_t page;
    uint32_t gen;
  } neg_page[PAGE_SLOTS];
} *tabs;
#define cand (tabs->cand)
#define known (tabs->known)
#define neg (tabs->neg)
static unsigned cand_next;

/* The tables, made on first use (NULL: out of memory).  Under
 * chunk_lock. */
static struct chunk_tabs *chunk_tabs(void) {
  if (!tabs)
    __atomic_store_n(&tabs, razor_map(sizeof *tabs), __ATOMIC_RELEASE);
  return tabs;
}

static inline unsigned page_hash(uintptr_t page) {
  return (unsigned)(razor_mix64(page) & (PAGE_SLOTS - 1));
}

/* A tracked block Q of N bytes was made (with a header, or in the table):
 * the pages it spans, its header's included, are no longer known to lie
 * in no tracked block.  Any thread, no lock. */
static void neg_touch(uintptr_t q, uint64_t n) {
  struct chunk_tabs *tb = __atomic_load_n(&tabs, __ATOMIC_ACQUIRE);
  if (!tb || !n)
    return;
  for (uintptr_t pg = (q - RAZOR_HDR_BYTES) >> 12, end = (q + n - 1) >> 12;
       pg <= end; pg++)
    __atomic_fetch_add(&tb->page_gen[page_hash(pg)], 1, __ATOMIC_RELEASE);
}
static pid_t look_pid; /* getpid()'s, for process_vm_readv */
/* site id -> the id of its chunk record, as a pointer (0: none yet). */
static struct razor_idtab chunk_sites;
static uint64_t *look_buf; /* LOOK_BUF bytes, under chunk_lock */

/* Remembers table block PTR (SIZE bytes) as a chunk candidate.  Under the
 * thread's guard (track_at). */
static void chunk_candidate(uintptr_t ptr, uint64_t size) {
  if (size < CHUNK_MIN)
    return;
  razor_lock_acquire(&chunk_lock);
  if (chunk_tabs())
    cand[cand_next++ % CAND_MAX] = (struct chunk_range){ptr, size, 0};
  razor_lock_release(&chunk_lock);
  NEG_TOUCH(ptr + RAZOR_HDR_BYTES, size); /* its pages, from PTR on */
}

/* A copy of record S with kind KIND, its strings in the runtime's own
 * memory (a module's may be unloaded before the report); NULL when out of
 * memory. */
static struct razor_site *site_dup(const struct razor_site *s, unsigned kind) {
  struct razor_site *c = razor_site_clone(s);
  if (c)
    c->kind = (uint8_t)kind;
  return c;
}

/* The id of site SID's chunk record (made on first use), 0 when out of
 * memory.  Under chunk_lock. */
static uint32_t chunk_site_of(uint32_t sid) {
  uint32_t cid = (uint32_t)(uintptr_t)razor_idtab_get(&chunk_sites, sid);
  if (cid)
    return cid;
  struct razor_site *s = razor_site_get(sid);
  if (!s)
    return 0;
  if (s->kind == RAZOR_KIND_POOL_CHUNK)
    return sid;
  struct razor_site *c = site_dup(s, RAZOR_KIND_POOL_CHUNK);
  if (!c)
    return 0;
  cid = razor_site_register(c);
  if (!cid)
    return 0;
  struct razor_site *via = razor_site_via(sid);
  if (via)
    razor_site_set_via(cid, via);
  razor_idtab_set(&chunk_sites, sid, (void *)(uintptr_t)cid);
  return cid;
}

static int is_chunk_site(uint32_t sid) {
  struct razor_site *s = razor_site_get(sid);
  return s && s->kind == RAZOR_KIND_POOL_CHUNK;
}

/* Block B's record, as NB with its site's chunk record.  0 when there is
 * none (out of ids). */
static int chunk_block(const struct razor_block *b, struct razor_block *nb) {
  uint32_t cid = chunk_site_of(b->site);
  uint32_t ctx = cid ? razor_ctx_of(b->set, cid) : 0;
  if (!ctx) {
    razor_note_dropped();
    return 0;
  }
  *nb = *b;
  nb->site = cid;
  nb->ctx = ctx;
  return 1;
}

/* Makes headed block Q (header H) a chunk when it is tracked: 1 when it is
 * one (already or now).  Under chunk_lock and the guard. */
static int chunk_headed(uintptr_t q, uint64_t *h) {
  struct razor_block b, nb;
  if (!razor_hdr_block((void *)q, h, &b))
    return 0;
  if (is_chunk_site(b.site))
    return 1;
  if (!chunk_block(&b, &nb))
    return 0;
  razor_account(&b, -(int64_t)b.size, -1);
  razor_hdr_set(h, &nb);
  razor_account(&nb, (int64_t)nb.size, 1);
  return 1;
}

/* The same for table block B (at B->ptr): its entry (in a young table or
 * a shard) is taken out and the chunk's put in the shards. */
static int chunk_table(const struct razor_block *b) {
  struct razor_block cur, nb, old;
  if (is_chunk_site(b->site))
    return 1;
  if (!chunk_block(b, &nb) || !razor_table_remove(b->ptr, &cur))
    return 0;
  razor_account(&cur, -(int64_t)cur.size, -1);
  nb.size = cur.size;
  nb.serial = cur.serial;
  int r = razor_table_insert(&nb, &old, 0);
  if (r == 1)
    razor_account(&old, -(int64_t)old.size, -1);
  if (r >= 0)
    razor_account(&nb, (int64_t)nb.size, 1);
  else
    razor_note_dropped();
  return r >= 0;
}

/* Copies [FROM, TOP) (16-aligned) into look_buf (FROM at its start), page
 * by page from the top down, as far as memory can be read.  Returns the
 * lowest address copied (TOP: none). */
static uintptr_t look_copy(uintptr_t from, uintptr_t top) {
  struct iovec loc[LOOK_BUF / 4096 + 3] = {{0}};
  struct iovec rem[LOOK_BUF / 4096 + 3] = {{0}};
  int n = 0;
  for (uintptr_t end = top; end > from && n < (int)(sizeof rem / sizeof *rem);
       n++) {
    uintptr_t start = (end - 1) & ~(uintptr_t)4095;
    if (start < from)
      start = from;
    rem[n] = (struct iovec){(void *)start, end - start};
    loc[n] = (struct iovec){(char *)look_buf + (start - from), end - start};
    end = start;
  }
  if (!look_pid)
    look_pid = getpid();
  ssize_t r = process_vm_readv(look_pid, loc, (unsigned long)n, rem,
                               (unsigned long)n, 0);
  uintptr_t low = top;
  for (int i = 0; i < n && r > 0 && (size_t)r >= rem[i].iov_len; i++) {
    r -= (ssize_t)rem[i].iov_len;
    low = (uintptr_t)rem[i].iov_base;
  }
  return low;
}

/* The block with a header that holds A: its address, header into *H; 0
 * when there is none.  *CLEAR: besides, no headed block holds any byte of
 * A's page (nor has its header there).  Looks from the end of A's page,
 * at that page first, then the whole way back. */
static uintptr_t hdr_holding(uintptr_t a, uint64_t **h, int *clear) {
  *clear = 0;
  if (!look_buf && !(look_buf = razor_map(LOOK_BUF)))
    return 0;
  uintptr_t page = a & ~(uintptr_t)4095, top = page + 4096;
  if (page < 4096 || !top)
    return 0;
  for (size_t want = 4096;; want = LOOK_BUF - 16) {
    uintptr_t from = top - 4096 > want ? top - want : 4096;
    uintptr_t low = look_copy(from, top);
    int above = 0; /* a header at or after A: not clear */
    for (uintptr_t q = top; q >= low + RAZOR_HDR_BYTES; q -= 16) {
      const uint64_t *w = look_buf + (q - RAZOR_HDR_BYTES - from) / 8;
      if ((w[0] & ~(uint64_t)0xFFFF) != razor_hdr_tag(q))
        continue;
      if (q > a) {
        above = 1;
        continue;
      }
      /* The first header below A: the block holds A or none does. */
      uint64_t size = razor_hdr_size(w[1]);
      if (a - q >= size && a != q) {
        *clear = !above && q + size <= page;
        return 0;
      }
      *h = (uint64_t *)q - 2;
      return q;
    }
    /* No header below A as far as memory could be read (a block holding
     * A would be readable down to its header). */
    if (low > from || want == LOOK_BUF - 16) {
      *clear = !above && low <= top - 4096;
      return 0;
    }
  }
}

/* The known chunks are kept by address hash (open addressing over
 * KNOWN_PROBE slots; when they are all taken, a newer one takes an older
 * one's slot).  A headed one is taken out when its record
 * goes (hdr_forget, a realloc that moves it: chunk_gone), so one still
 * here is live and needs no look at its memory; one in the table is
 * checked against its entry. */
#define KNOWN_PROBE 16
/* The slot of known chunk PTR (KNOWN_MAX: none), or with FOR_NEW a slot
 * for it: its own, a free one near its hash's, else its hash's. */
static unsigned known_find(uintptr_t ptr, int for_new) {
  unsigned home = (unsigned)(razor_mix64(ptr) & (KNOWN_MAX - 1));
  unsigned free_slot = KNOWN_MAX;
  for (unsigned i = 0; i < KNOWN_PROBE; i++) {
    unsigned s = (home + i) & (KNOWN_MAX - 1);
    uintptr_t kp = __atomic_load_n(&known[s].ptr, __ATOMIC_RELAXED);
    if (kp == ptr)
      return s;
    if (!kp && free_slot == KNOWN_MAX)
      free_slot = s;
  }
  if (!for_new)
    return KNOWN_MAX;
  return free_slot < KNOWN_MAX ? free_slot : home;
}

static int is_client_site(uint32_t sid) {
  struct razor_site *s = razor_site_get(sid);
  return s && (s->kind == RAZOR_KIND_razor_malloclike ||
               s->kind == RAZOR_KIND_razor_pool_alloc);
}

/* True when known chunk K still is one and holds A.  In the table, the
 * entry at its address is its own, or a registered block's that starts
 * there (the block's record took the chunk's place: the chunk counts no
 * more, as a chunk should not). */
static int known_holds(const struct chunk_range *k, uintptr_t a) {
  if (!k->ptr || a < k->ptr || a - k->ptr >= k->size)
    return 0;
  struct razor_block b;
  if (k->headed)
    return 1;
  return razor_table_get(k->ptr, &b) &&
         ((b.size == k->size && is_chunk_site(b.site)) ||
          is_client_site(b.site));
}

/* Runs of registered blocks of a pool that lie in no tracked block: a
 * block registered next to one (the gap too small for a block of glibc's
 * with a header: under 32 bytes) needs no look, since no tracked block can
 * start among live registered blocks.  A run goes when one of its blocks
 * is given back (razor_record_chunk_forget): the memory may then be freed
 * and handed out again. */
#define NEG_GAP 32
static unsigned neg_next;

static int neg_extend(uintptr_t pool, uintptr_t a, uint64_t n) {
  for (unsigned i = 0; i < NEG_MAX; i++) {
    struct neg_run *r = &neg[i];
    if (!r->hi || r->pool != pool)
      continue;
    if (a >= r->lo && a < r->hi + NEG_GAP) {
      if (a + n > r->hi)
        r->hi = a + n;
      return 1;
    }
    if (a < r->lo && a + n + NEG_GAP > r->lo) {
      r->lo = a;
      return 1;
    }
  }
  return 0;
}

static void neg_add(uintptr_t pool, uintptr_t a, uint64_t n) {
  if (n && a + n > a)
    neg[neg_next++ % NEG_MAX] = (struct neg_run){pool, a, a + n};
}

/* See razor_record.h. */
void razor_record_chunk_forget(uintptr_t pool, const void *p) {
  struct razor_tls *t = razor_tls_get();
  uintptr_t a = (uintptr_t)p;
  if (t->guard)
    return;
  t->guard = 1;
  razor_lock_acquire(&chunk_lock);
  for (unsigned i = 0; tabs && i < NEG_MAX; i++)
    if (neg[i].hi && neg[i].pool == pool &&
        (!p || (a >= neg[i].lo && a < neg[i].hi)))
      neg[i].hi = 0;
  razor_lock_release(&chunk_lock);
  t->guard = 0;
}

/* Remembers chunk PTR; returns its slot. */
static unsigned known_add(uintptr_t ptr, uint64_t size, int headed) {
  unsigned slot = known_find(ptr, 1);
  struct chunk_range *k = &known[slot];
  if (headed && !(k->ptr && k->headed))
    atomic_fetch_add_explicit(&chunks_known, 1, memory_order_relaxed);
  else if (!headed && k->ptr && k->headed)
    atomic_fetch_sub_explicit(&chunks_known, 1, memory_order_relaxed);
  *k = (struct chunk_range){ptr, size, headed};
  return slot;
}

static void known_drop(struct chunk_range *k) {
  if (k->ptr && k->headed)
    atomic_fetch_sub_explicit(&chunks_known, 1, memory_order_relaxed);
  k->ptr = 0;
}

/* Headed block Q's record goes: forgotten if it is a known chunk.  Called
 * outside the thread's guard only (a signal handler's release, deferred,
 * leaves the entry: a later block at Q may then not be found as a chunk);
 * takes chunk_lock only for a chunk. */
static void chunk_gone(uintptr_t q) {
  if (!tabs) /* none known without it */
    return;
  unsigned slot = known_find(q, 0);
  if (slot == KNOWN_MAX)
    return;
  struct chunk_range *k = &known[slot];
  razor_lock_acquire(&chunk_lock);
  if (k->ptr == q && k->headed)
    known_drop(k);
  razor_lock_release(&chunk_lock);
}

/* See razor_record.h. */
void razor_record_chunk_of(const void *p, uint64_t n, uintptr_t pool) {
  struct razor_tls *t = razor_tls_get();
  uintptr_t a = (uintptr_t)p;
  if (!p || t->guard ||
      !(__atomic_load_n(&__razor_tracking, __ATOMIC_RELAXED) &
        RAZOR_TRACKING_BLOCKS))
    return;
  t->guard = 1;
  razor_lock_acquire(&chunk_lock);
  if (!chunk_tabs())
    goto done;
  /* The chunk last found for A's page, else any known chunk. */
  uint16_t *ps = &tabs->page_slot[razor_mix64(a >> 12) & (PAGE_SLOTS - 1)];
  if ((*ps && known_holds(&known[*ps - 1], a)) || neg_extend(pool, a, n))
    goto done;
  /* A page found in no tracked block, with no such block made over it
   * since. */
  uintptr_t pg = a >> 12;
  unsigned ph = page_hash(pg);
  uint32_t gen = __atomic_load_n(&tabs->page_gen[ph], __ATOMIC_ACQUIRE);
  unsigned set = ph & ~3u; /* four ways */
  for (unsigned w = set; w < set + 4; w++)
    if (tabs->neg_page[w].page == pg + 1 && tabs->neg_page[w].gen == gen)
      goto done;
  for (unsigned i = 0; i < KNOWN_MAX; i++)
    if (known[i].ptr && a >= known[i].ptr && a - known[i].ptr < known[i].size) {
      if (known_holds(&known[i], a)) {
        *ps = (uint16_t)(i + 1);
        goto done;
      }
      known_drop(&known[i]); /* freed since */
    }
  uint64_t *h;
  int clear = !razor_headers;
  if (!atomic_load_explicit(&neg_pages_on, memory_order_relaxed)) {
    /* From now on, tracked blocks tell the pages they are made over; the
     * count is read again after that is seen. */
    atomic_store(&neg_pages_on, 1);
    gen = __atomic_load_n(&tabs->page_gen[ph], __ATOMIC_ACQUIRE);
  }
  uintptr_t q = razor_headers ? hdr_holding(a, &h, &clear) : 0;
  if (q) {
    if (chunk_headed(q, h))
      *ps = (uint16_t)(known_add(q, razor_hdr_size(h[1]), 1) + 1);
    goto done;
  }
  for (unsigned i = 0; i < CAND_MAX; i++) {
    struct razor_block b;
    if (!cand[i].ptr || a < cand[i].ptr || a - cand[i].ptr >= cand[i].size)
      continue;
    if (razor_table_get(cand[i].ptr, &b) && a - b.ptr < b.size &&
        chunk_table(&b)) {
      *ps = (uint16_t)(known_add(b.ptr, b.size, 0) + 1);
      goto done;
    }
    cand[i].ptr = 0; /* gone, or not tracked */
  }
  neg_add(pool, a, n); /* in no tracked block */
  /* No candidate holds A; when no headed block holds any of its page and
   * no candidate reaches it either, the page is remembered. */
  for (unsigned i = 0; clear && i < CAND_MAX; i++)
    if (cand[i].ptr && cand[i].ptr < (pg + 1) << 12 &&
        cand[i].ptr + cand[i].size > pg << 12)
      clear = 0;
  if (clear) { /* its way: an empty one, a stale one of its own, else any */
    unsigned way = set + (unsigned)(pg & 3);
    for (unsigned w = set; w < set + 4; w++)
      if (!tabs->neg_page[w].page || tabs->neg_page[w].page == pg + 1) {
        way = w;
        break;
      }
    tabs->neg_page[way].page = pg + 1;
    tabs->neg_page[way].gen = gen;
  }
done:
  razor_lock_release(&chunk_lock);
  t->guard = 0;
}

/* A block registered by code built without the plugin (KIND, FRAME: the
 * client call's) during the user's call CALL: charged to a record of
 * CALL's line of that kind, a site apart from CALL's own (where the
 * allocator's chunks, malloc'd in the same call, are charged), with the
 * function the user called as its "via".  Made once per CALL and kind;
 * NULL when out of memory.  Under chunk_lock. */
static struct razor_idtab client_sites[2];

static struct razor_site *client_site_of(struct razor_site *call,
                                         unsigned kind, void *frame) {
  uint32_t sid = razor_site_id(call);
  if (!sid)
    sid = razor_site_register(call);
  if (!sid || kind < RAZOR_KIND_razor_malloclike ||
      kind > RAZOR_KIND_razor_pool_alloc)
    return NULL;
  struct razor_idtab *tab = &client_sites[kind - RAZOR_KIND_razor_malloclike];
  struct razor_site *c = razor_idtab_get(tab, sid);
  if (c)
    return c;
  struct razor_site *via = foreign_via(call, kind, frame);
  c = site_dup(call, kind);
  if (!c || !via)
    return NULL;
  uint32_t cid = razor_site_register(c);
  if (!cid)
    return NULL;
  razor_site_set_via(cid, via);
  razor_idtab_set(tab, sid, c);
  return c;
}

/* See razor_record.h. */
void razor_record_client(const void *p, uint64_t n, struct razor_site *site,
                         unsigned kind, void *frame) {
  void *ptr = (void *)(uintptr_t)p;
  if (!p || razor_tls_get()->guard)
    return;
  if (!site) {
    struct razor_site *call = callsite_record();
    if (!call)
      return;
    struct razor_tls *t = razor_tls_get();
    t->guard = 1;
    razor_lock_acquire(&chunk_lock);
    site = client_site_of(call, kind, frame);
    razor_lock_release(&chunk_lock);
    t->guard = 0;
    if (site)
      track_at(ptr, n, site, NULL, frame, TRACK_CLIENT, 1);
    return;
  }
  /* Charged as a malloc at SITE would be. */
  track_charged(ptr, n, site, frame, TRACK_CLIENT);
}

/* Around fork() (razor_pool.c's razor_pool_fork_lock); the child's own
 * pid is taken again at its first look. */
RAZOR_RESIDENT void razor_record_chunk_fork_lock(int lock) {
  if (lock) {
    razor_lock_acquire(&chunk_lock);
  } else {
    look_pid = 0;
    razor_lock_release(&chunk_lock);
  }
}
