/* razor_tls.h - the per-thread state of the runtime: a block of its own
 * per thread (razor_probe.c), made at the thread's first call into the
 * runtime and reached through one initial-exec pointer.  Static TLS stays
 * a few words (this pointer, razor_abi.h's __razor_sampling,
 * __razor_callsite and __razor_wrapcall, two flags): a library built with the plugin can be
 * dlopened by a program built without it, where glibc keeps only about
 * 1.6 KB of static TLS for every dlopened library together.  When its
 * thread ends a block goes to the next thread, with the thread's number
 * (probe sets and caches stay valid), so the runtime's memory follows the
 * threads alive, not the threads ever started.  Which file owns which
 * field is written next to it; only that file writes it. */
#ifndef RAZOR_TLS_H
#define RAZOR_TLS_H

#include <sys/types.h>

#include "razor_base.h"

/* Deeper activations on one thread are not sampled. */
#define RAZOR_MAX_DEPTH 64
/* Entries of a thread's cache of contexts (razor_registry.c). */
#define RAZOR_CTX_CACHE 32
/* Entries of a thread's caches of pending entries and "via" records, and
 * of its probe sets. */
#define RAZOR_ACCT_CACHE 32
#define RAZOR_SET_CACHE 8
/* Entries of a thread's cache of other sets' contexts, and the probes a
 * set may have to be cached there (razor_account.c). */
#define RAZOR_REL_CACHE 16
#define RAZOR_REL_PAIRS 2
/* Releases a thread's signal handlers can leave for it (razor_account.c). */
#define RAZOR_DEFERRED 16
/* Stale table entries a young table's move can hand back (razor_table.c). */
#define RAZOR_STALE_MAX 16

struct razor_probe;
struct razor_pend;
struct pend_entry;
struct young;
struct razor_set;
struct razor_counter;

/* A context of a probe set that is not the thread's current one, as a
 * release takes its block off (razor_account.c): the set, and each of its
 * probes with its epoch then and its counter of the context's site. */
struct razor_rel {
  uint32_t ctx; /* 0: empty */
  uint32_t set;
  uint32_t n;    /* the set's probes */
  uint32_t mine; /* the set is this thread's */
  struct razor_set *s;
  struct razor_probe *probe[RAZOR_REL_PAIRS];
  struct razor_counter *c[RAZOR_REL_PAIRS];
  uint32_t epoch[RAZOR_REL_PAIRS];
};

/* One open activation of a probe on a thread (razor_probe.c). */
struct razor_act {
  struct razor_probe *probe;
  void *frame; /* NULL: begun through the C API */
  uint32_t token;
  uint32_t nested; /* unsampled razor_probe_begin calls inside it */
};

/* __razor_sampling (razor_abi.h): this thread's sampled activations open,
 * the hot-path test. */
struct razor_tls {
  /* razor_probe.c: the open activations and the set they make. */
  uint32_t depth;
  uint32_t set_id;
  uint32_t set_gen;
  uint32_t next_token;
  /* Set while this thread runs inside the runtime: a signal handler's
   * allocation or release then does not re-enter its tables. */
  int guard;
  int want_stack;            /* a sampled probe of this thread has `traceback` */
  uint32_t thread_idx;       /* this thread's number, from 1; 0: none yet */
  struct razor_pend *pend;   /* razor_account.c: counts not yet published */
  struct young *young;       /* razor_table.c: this thread's new blocks */
  unsigned heap_stale;       /* entries razor_table_stale has to hand out */
  struct razor_act stack[RAZOR_MAX_DEPTH];
  /* razor_registry.c: recent contexts, (set << 32 | site) -> context. */
  uint64_t ctx_key[RAZOR_CTX_CACHE];
  uint32_t ctx_id[RAZOR_CTX_CACHE];
  /* razor_account.c: context -> this thread's pending entry for it while
   * one activation is open. */
  uint32_t acct_ctx[RAZOR_ACCT_CACHE], acct_set[RAZOR_ACCT_CACHE];
  struct pend_entry *acct_e[RAZOR_ACCT_CACHE];
  /* razor_account.c: contexts of other sets, for releases. */
  struct razor_rel rel[RAZOR_REL_CACHE];
  /* razor_record.c: sites known to have a "via" record: id << 1, | 1 when
   * that record has a location. */
  uint32_t via_ok[RAZOR_ACCT_CACHE];
  /* razor_registry.c: recent probe sets of this thread, hash -> id. */
  uint32_t set_cache_h[RAZOR_SET_CACHE], set_cache_id[RAZOR_SET_CACHE];
  /* razor_account.c: records of blocks a signal handler released while
   * this thread was inside the runtime, to take off once it is out. */
  struct {
    uint32_t ctx, serial;
    uint64_t size;
  } deferred[RAZOR_DEFERRED];
  atomic_uint ndeferred;
  /* razor_table.c: entries a young table's move found stale (its struct
   * entry: two words). */
  uint64_t stale[RAZOR_STALE_MAX][2];
  /* razor_account.c: the pending table's header, kept for the block's next
   * thread once the table is unmapped. */
  struct razor_pend *pend_spare;
  /* razor_stack.c: the thread's stack bounds ([lo, hi), hi 0: not known
   * yet; failed: never walk) and the stack depot's bump buffer. */
  uintptr_t stack_lo, stack_hi;
  int stack_failed;
  char *depot_cur;
  size_t depot_left;
  /* razor_stack.c: which allocations at suspect sites get a stack
   * (razor_stack_due): the allocations left to skip, whether the current
   * one was chosen already, the stacks taken so far and a random state. */
  uint32_t stack_skip, stack_take;
  uint64_t stack_taken, stack_rng;
  /* razor_registry.c: records made in the current set (set_id) and not
   * yet added to its count; the thread's idle sets that may be needed
   * again, (id << 32 | version), idle_n of idle_cap. */
  int64_t live_cur;
  uint64_t *idle;
  uint32_t idle_n, idle_cap;
  /* razor_probe.c: the block's life: destructor rounds seen at the
   * thread's end, the kernel's id of the thread, and the list it is on. */
  unsigned exit_rounds;
  pid_t tid;
  struct razor_tls *next_block;
};

/* This thread's block; NULL before its first call into the runtime. */
extern __thread struct razor_tls *razor_tls_self
    __attribute__((tls_model("initial-exec")));
/* Makes (or takes over) this thread's block.  While it does, and when no
 * memory is left for one, it returns a shared block that says "inside the
 * runtime" (guard set): the caller then records nothing. */
struct razor_tls *razor_tls_make(void);

/* For the runtime's own work on a thread without a block (the exit report
 * of a process that traced nothing): the shared block that says "inside"
 * becomes the thread's until razor_tls_give_back, so no block (4 kB of the
 * arena, a thread-exit key) is made for it. */
void razor_tls_inside(void);
void razor_tls_give_back(void);

/* This thread's block, made at the first call. */
static inline struct razor_tls *razor_tls_get(void) {
  struct razor_tls *t = razor_tls_self;
  return RAZOR_LIKELY(t != NULL) ? t : razor_tls_make();
}

/* This thread's block where it surely has one: while a probe samples on
 * the thread (an activation needs its block), or inside the runtime (its
 * guard set). */
static inline struct razor_tls *razor_tls_cur(void) {
  RAZOR_CHECK(razor_tls_self != NULL);
  return razor_tls_self;
}

#endif /* RAZOR_TLS_H */
