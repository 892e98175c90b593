/* razor_probe.c - activations: a probe's calls on a thread.  Entry reads
 * the trigger (once per change of the environment), pushes the activation
 * and makes the thread's probe set; every way out publishes the thread's
 * pending counts and takes the probe's sample (razor_account.c).  Also the
 * thread's state (razor_tls.h) and its end. */
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "razor_account.h"
#include "razor_alloc.h"
#include "razor_probe.h"
#include "razor_stack.h"
#include "razor_table.h"

RAZOR_EXPORT __thread uint32_t __razor_sampling
    __attribute__((tls_model("initial-exec")));
__thread struct razor_tls *razor_tls_self
    __attribute__((tls_model("initial-exec")));

/* Bumped by the setenv family: probes re-read their trigger when it moved. */
atomic_uint razor_env_gen = 1;
/* Set when RAZOR_OPTIONS was bad: nothing samples, nothing reports. */
atomic_int razor_disabled;

RAZOR_RESIDENT_VAR void (*razor_on_call_closed)(struct razor_probe *p);

RAZOR_RESIDENT_VAR const char *razor_refusal;

/* A trigger is on where nothing can be traced: says why, once. */
static void say_refusal(void) {
  static atomic_int said;
  if (!atomic_exchange(&said, 1))
    fprintf(stderr, "razortrace: %s\n", razor_refusal);
}

static atomic_uint thread_count;

/* Thread T's number, given at its first need. */
static uint32_t thread_number(struct razor_tls *t) {
  if (!t->thread_idx)
    t->thread_idx = atomic_fetch_add(&thread_count, 1) + 1;
  return t->thread_idx;
}

/* True when activation A is one of P's (a `clear` probe's: of its shadow). */
static inline int act_of(const struct razor_act *a,
                         const struct razor_probe *p) {
  return a->probe == p || a->probe->parent == p;
}

/* See razor_probe.h. */
void razor_refresh_set(struct razor_tls *t) {
  struct razor_pair pairs[RAZOR_MAX_DEPTH];
  thread_number(t);
  unsigned gen = atomic_load(&razor_epoch_gen);
  int moved = t->set_gen != gen;
  t->set_gen = gen;
  for (uint32_t i = 0; i < t->depth; i++) {
    pairs[i].probe = t->stack[i].probe->index;
    pairs[i].epoch = atomic_load(&t->stack[i].probe->epoch);
  }
  razor_set_switch(t, pairs, t->depth, t->thread_idx, moved);
  int want = 0;
  for (uint32_t i = 0; i < t->depth; i++)
    want |= (t->stack[i].probe->opts & RAZOR_OPT_TRACEBACK) != 0;
  t->want_stack = want;
  if (want)
    razor_unwind_load();
}

/* Pops the innermost activation of this thread and takes its sample. */
static void close_top(struct razor_tls *t) {
  RAZOR_CHECK(t->depth > 0 && t->guard);
  struct razor_probe *p = t->stack[t->depth - 1].probe;
  /* What signal handlers released during the call counts no more. */
  if (RAZOR_UNLIKELY(atomic_load_explicit(&t->ndeferred,
                                          memory_order_relaxed)))
    razor_account_drain();
  /* The call returns: what it kept now counts for everyone. */
  razor_account_publish(t, p);
  t->depth--;
  __razor_sampling--;
  razor_refresh_set(t);
  razor_account_sample(p);
  /* A `clear` probe's call, run as this thread's shadow of it: what it
   * kept goes to the probe's totals.  Its report is the shadow's (this
   * call's alone, whatever the probe's calls on other threads did). */
  if (p->parent)
    razor_account_fold(p);
  if (atomic_load(&(p->parent ? p->parent : p)->destroyed))
    return;
  if (razor_on_call_closed)
    razor_on_call_closed(p);
}

/* Closes this thread's activations left without an exit (longjmp): those
 * whose frame lies at or below FRAME on the stack (at an address no higher).
 * FRAME is the frame of code running now: a probe's entry, or the runtime
 * under an allocation hook.  Probe functions are never inlined (the pass
 * marks them noinline), so a live activation's frame lies strictly above
 * any frame of code it runs; C API activations (no frame) are left alone. */
void razor_reap(void *frame) {
  struct razor_tls *t = razor_tls_get();
  while (t->depth) {
    struct razor_act *a = &t->stack[t->depth - 1];
    uintptr_t f = (uintptr_t)a->frame, cur = (uintptr_t)frame;
    if (!f || f > cur)
      break;
    close_top(t);
  }
}

/* ---- the threads' blocks (razor_tls.h) ----
 *
 * A block is made at its thread's first call into the runtime: taken from
 * the blocks of threads that ended, or from the arena (never returned:
 * there are as many blocks as threads were ever alive at once).  When the
 * thread ends (a key destructor, in glibc's next-to-last round of them,
 * so the program's own destructors, which may free, come first), its
 * activations are closed (their calls sampled), its young blocks move to
 * the shared table and its pending table is unmapped; the block itself
 * stays the thread's until the thread is gone (libc still frees after the
 * last destructor), then the next thread takes it over, with its thread
 * number, token count, caches and stack depot buffer. */

/* "Inside the runtime", for a thread whose block is being made or could
 * not be: nothing is recorded, a signal handler's release finds no room
 * to be deferred (it counts on, as dropped). */
static struct razor_tls busy_block = {.guard = 1,
                                      .ndeferred = RAZOR_DEFERRED};

RAZOR_RESIDENT_VAR static razor_lock blocks_lock;
static struct razor_tls *free_blocks;    /* their threads are gone */
static struct razor_tls *ending_blocks;  /* their threads are ending */
RAZOR_RESIDENT_VAR static pthread_key_t exit_key;
RAZOR_RESIDENT_VAR static pthread_once_t exit_key_once = PTHREAD_ONCE_INIT;
RAZOR_RESIDENT_VAR static int exit_key_made;

static void on_thread_exit(void *arg);

RAZOR_RESIDENT static void make_exit_key(void) {
  exit_key_made = pthread_key_create(&exit_key, on_thread_exit) == 0;
}

/* True once thread TID of this process has ended (a thread in a forked
 * child's parent counts as ended).  Unsure (a sandbox refusing the
 * call): not ended. */
static int thread_gone(pid_t tid) {
  return syscall(SYS_tgkill, getpid(), tid, 0) != 0 && errno == ESRCH;
}

/* Moves the blocks of threads that are gone to the free list, and takes
 * one.  NULL when there is none.  Caller holds blocks_lock. */
static struct razor_tls *reuse_block(void) {
  for (struct razor_tls **pp = &ending_blocks; *pp;) {
    struct razor_tls *b = *pp;
    if (thread_gone(b->tid)) {
      *pp = b->next_block;
      b->next_block = free_blocks;
      free_blocks = b;
    } else {
      pp = &b->next_block;
    }
  }
  struct razor_tls *b = free_blocks;
  if (b)
    free_blocks = b->next_block;
  return b;
}

/* See razor_tls.h. */
RAZOR_RESIDENT struct razor_tls *razor_tls_make(void) {
  if (razor_tls_self)
    return razor_tls_self;
  razor_tls_self = &busy_block; /* a signal handler meanwhile: "inside" */
  int e = errno;
  razor_lock_acquire(&blocks_lock);
  struct razor_tls *t = reuse_block();
  razor_lock_release(&blocks_lock);
  if (t) {
    /* What belonged to the thread that ended; its number, tokens, caches
     * and depot buffer stay. */
    t->guard = t->depth = 0;
    t->set_gen = 0; /* set_id is 0: the thread left its last set */
    t->want_stack = 0;
    t->heap_stale = 0;
    t->stack_lo = t->stack_hi = 0;
    t->stack_failed = 0;
    t->exit_rounds = 0;
    atomic_store(&t->ndeferred, 0);
    memset(t->acct_ctx, 0, sizeof t->acct_ctx);
  } else if (!(t = razor_arena_alloc(sizeof *t))) {
    /* Out of memory: what this call would have recorded is lost, and the
     * report says its figures may be low.  Tried again at the next call. */
    razor_note_dropped();
    razor_tls_self = NULL;
    errno = e;
    return &busy_block;
  }
  t->tid = (pid_t)syscall(SYS_gettid);
  t->next_block = NULL;
  pthread_once(&exit_key_once, make_exit_key);
  if (exit_key_made)
    pthread_setspecific(exit_key, t);
  errno = e;
  return razor_tls_self = t;
}

/* See razor_tls.h. */
RAZOR_RESIDENT void razor_tls_inside(void) {
  razor_tls_self = &busy_block;
}

/* See razor_tls.h. */
RAZOR_RESIDENT void razor_tls_give_back(void) {
  if (razor_tls_self == &busy_block)
    razor_tls_self = NULL;
}

/* The thread's end (the key's destructor, ARG its block): the thread's activations are closed (their calls
 * sampled, as for pthread_exit inside a probe), its young blocks and
 * pending table handed back, and its block put where the next thread
 * takes it once this one is gone. */
RAZOR_RESIDENT static void on_thread_exit(void *arg) {
  struct razor_tls *t = arg;
  /* After the program's destructors (the first round, unless they set
   * their keys again), before the last round, where the sanitizers end
   * their own view of the thread. */
  if (++t->exit_rounds < PTHREAD_DESTRUCTOR_ITERATIONS - 1) {
    pthread_setspecific(exit_key, t);
    return;
  }
  razor_close_all();
  razor_table_thread_exit();
  razor_account_thread_exit(t);
  razor_lock_acquire(&blocks_lock);
  t->next_block = ending_blocks;
  ending_blocks = t;
  razor_lock_release(&blocks_lock);
}

/* Takes (LOCK set) or releases the blocks' lock around fork(). */
RAZOR_RESIDENT void razor_tls_fork_lock(int lock) {
  if (lock)
    razor_lock_acquire(&blocks_lock);
  else
    razor_lock_release(&blocks_lock);
}

/* True when P's trigger is on (no trigger: always), read again when the
 * environment changed since P last looked. */
RAZOR_RESIDENT static int trigger_on(struct razor_probe *p) {
  if (!p->trigger[0])
    return 1;
  unsigned g = atomic_load(&razor_env_gen);
  if (atomic_load(&p->env_gen) != g) {
    const char *v = getenv(p->trigger);
    int on = v && *v && strcmp(v, "0") && strcasecmp(v, "false") &&
             strcasecmp(v, "no") && strcasecmp(v, "off");
    atomic_store(&p->trig_on, on);
    atomic_store(&p->env_gen, g);
  }
  return atomic_load(&p->trig_on);
}

/* Starts an activation of P on this thread.  FRAME is the probe function's
 * frame (NULL from the C API, API set).  Returns a token, 0 when this
 * activation is not sampled (off trigger, recursion, too deep, disabled). */
RAZOR_RESIDENT uint32_t razor_enter(struct razor_probe *p, void *frame,
                                    int api) {
  /* What a build that leaves its probes in pays on every call: a trigger
   * seen off since the environment last changed, nothing open here (no
   * activation for a longjmp to have left behind: __razor_sampling counts
   * them). */
  if (RAZOR_LIKELY(p && !__razor_sampling && p->trigger[0] &&
                   atomic_load_explicit(&p->env_gen, memory_order_acquire) ==
                       atomic_load_explicit(&razor_env_gen,
                                            memory_order_relaxed) &&
                   !atomic_load_explicit(&p->trig_on, memory_order_relaxed)))
    return 0;
  if (!p || !p->valid || atomic_load(&p->destroyed) ||
      atomic_load_explicit(&razor_disabled, memory_order_relaxed))
    return 0;
  /* A thread with nothing open whose trigger is off needs no state. */
  if (!__razor_sampling && !trigger_on(p))
    return 0;
  struct razor_tls *t = razor_tls_get();
  if (t->guard)
    return 0;
  t->guard = 1;
  uint32_t tok = 0;
  if (frame)
    razor_reap(frame);
  for (uint32_t i = 0; i < t->depth; i++)
    if (act_of(&t->stack[i], p)) {
      if (api)
        t->stack[i].nested++;
      goto out;
    }
  if (t->depth >= RAZOR_MAX_DEPTH || !trigger_on(p))
    goto out;
  if (RAZOR_UNLIKELY(razor_refusal != NULL)) {
    say_refusal();
    goto out;
  }
  /* A `clear` probe forgets what its calls kept before each: its calls on
   * this thread run as the thread's shadow of it, reset here (not the
   * probe: a reset of it would drop what its calls open on other threads
   * have made so far, and their samples would add up each other's). */
  if (p->opts & RAZOR_OPT_CLEAR) {
    struct razor_probe *q = razor_probe_shadow(p, thread_number(t));
    if (!q) {
      razor_note_dropped();
      goto out;
    }
    p = q;
    razor_account_reset(p, 1);
  } else {
    razor_account_resample(p);
  }
  tok = ++t->next_token;
  if (!tok)
    tok = ++t->next_token;
  t->stack[t->depth++] = (struct razor_act){p, api ? NULL : frame, tok, 0};
  /* From now on releases anywhere look for tracked blocks. */
  razor_set_tracking(RAZOR_TRACKING_BLOCKS);
  razor_alloc_find_new();
  __razor_sampling++;
  razor_alloc_note_first_sample();
  razor_refresh_set(t);
out:
  t->guard = 0;
  return tok;
}

/* Ends the activation of P with TOKEN (API: the innermost one of P),
 * closing first any activation left open above it.  Token 0 returns at
 * once (compiled probes); an unknown activation is ignored. */
void razor_exit(struct razor_probe *p, uint32_t token, int api) {
  struct razor_tls *t = razor_tls_get();
  if ((!api && !token) || !p || t->guard)
    return;
  t->guard = 1;
  int i;
  for (i = (int)t->depth - 1; i >= 0; i--)
    if (act_of(&t->stack[i], p) && (api || t->stack[i].token == token))
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
RAZOR_RESIDENT void razor_close_all(void) {
  /* A thread without its block never opened one (an activation needs
   * it): nothing to close, and no block made for it at exit. */
  struct razor_tls *t = razor_tls_self;
  if (!t || t->guard)
    return;
  t->guard = 1;
  while (t->depth)
    close_top(t);
  t->guard = 0;
}

/* From a hook that runs while a probe samples: closes the activations a
 * longjmp left, judged from this (out-of-line) frame. */
__attribute__((noinline)) void razor_reap_here(void) {
  struct razor_tls *t = razor_tls_get();
  if (!t->guard) {
    t->guard = 1;
    razor_reap(__builtin_frame_address(0));
    t->guard = 0;
  }
}
