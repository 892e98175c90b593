/* razor_init.c - start-up, fork and the end: RAZOR_OPTIONS read once, the
 * allocator looked up, the sanitizer hooks installed, the report_signal
 * thread, fork handlers that hold every runtime lock across fork(), and the
 * exit report (after the program's static destructors). */
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "razor_account.h"
#include "razor_alloc.h"
#include "razor_flags.h"
#include "razor_hooks.h"
#include "razor_init.h"
#include "razor_pool.h"
#include "razor_probe.h"
#include "razor_report.h"
#include "razor_table.h"

/* ASan/LSan/TSan/MSan call these hooks on every allocation and free. */
extern int __sanitizer_install_malloc_and_free_hooks(
    void (*malloc_hook)(const volatile void *, size_t),
    void (*free_hook)(const volatile void *)) __attribute__((weak));

extern void __sanitizer_set_death_callback(void (*callback)(void))
    __attribute__((weak));

#ifdef RAZOR_CHECKS
void razor_check_failed(const char *file, int line, const char *cond) {
  char buf[512];
  int n = snprintf(buf, sizeof buf, "razortrace: CHECK failed: %s:%d: %s\n",
                   file, line, cond);
  if (n > 0 && write(2, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1) < 0) {
  }
  abort();
}
#endif

/* 0 never, 1 running, 2 done */
RAZOR_RESIDENT_VAR static atomic_int init_state;
static __thread int init_running;

/* report_signal: the handler posts this semaphore (async-signal-safe, and
 * no descriptor a program could close or reuse); the report thread waits
 * on it. */
static sem_t report_sem;

/* Set by the signal, cleared by whoever writes that report: the report
 * thread, or the exit report when the program ends first. */
RAZOR_RESIDENT_VAR static atomic_int signal_report_pending;

static void on_report_signal(int sig) {
  (void)sig;
  int e = errno;
  atomic_store(&signal_report_pending, 1);
  sem_post(&report_sem);
  errno = e;
}

/* The report_signal thread: a signal handler only posts a semaphore; this
 * thread then writes the report in a normal context, so the program can be
 * anywhere when the signal arrives. */
static void *report_thread(void *arg) {
  (void)arg;
  sigset_t all;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, NULL);
  for (;;) {
    if (sem_wait(&report_sem))
      continue; /* EINTR */
    if (atomic_exchange(&signal_report_pending, 0))
      razor_report_write(NULL, NULL, RAZOR_RK_API);
  }
  return NULL;
}

/* Starts the report thread (again, in a forked child: threads do not
 * survive fork).  0, or -1 after saying why. */
static int start_report_thread(void) {
  pthread_t th;
  pthread_attr_t a;
  sem_init(&report_sem, 0, 0);
  pthread_attr_init(&a);
  pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
  int r = pthread_create(&th, &a, report_thread, NULL);
  pthread_attr_destroy(&a);
  if (r)
    fprintf(stderr, "razortrace: report_signal: cannot start its thread\n");
  return r ? -1 : 0;
}

static void setup_report_signal(void) {
  if (start_report_thread())
    return;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_report_signal;
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  sigaction(razor_flags.signo, &sa, NULL);
}

/* The exit report: registered with atexit from the earliest constructor,
 * so it runs after the program's static destructors. */
/* Set once the exit report ran: modules unloaded after it need no copies. */
RAZOR_RESIDENT_VAR static atomic_int exit_reported;

RAZOR_RESIDENT static void exit_report(void) {
  /* At exit, or from a sanitizer's death callback: once. */
  /* (A refusal after start-up, __razor_variables_check's: nothing was
   * traced, and the trigger said why.) */
  if (atomic_load(&razor_disabled) || razor_refusal ||
      atomic_exchange(&exit_reported, 1))
    return;
  /* A report_signal that arrived just before the end is not lost. */
  if (atomic_exchange(&signal_report_pending, 0))
    razor_report_write(NULL, NULL, RAZOR_RK_API);
  razor_close_all(); /* probes left open by a longjmp out of them */
  int findings;
  if (razor_flags.mode == RAZOR_REPORT_EXIT)
    findings = razor_report_write(NULL, NULL, RAZOR_RK_EXIT);
  else
    findings = razor_flags.exitcode
                   ? razor_report_write(NULL, NULL, RAZOR_RK_COUNT)
                   : 0;
  if (findings > 0 && razor_flags.exitcode) {
    fflush(NULL);
    _exit(razor_flags.exitcode);
  }
}

/* Fork handlers: every runtime lock is held across fork() (report lock
 * first, then custom allocators' (razor_pool.c), probes', the arena's and the pointer table's), so the child
 * never inherits one held by a thread that does not exist there. */
RAZOR_RESIDENT static void fork_prepare(void) {
  razor_report_fork_lock(1);
  razor_pool_fork_lock(1);
  razor_tls_fork_lock(1);
  razor_account_fork_lock(1);
  razor_registry_fork_lock(1);
  razor_table_fork_lock(1);
}

RAZOR_RESIDENT static void fork_parent(void) {
  razor_table_fork_lock(0);
  razor_registry_fork_lock(0);
  razor_account_fork_lock(0);
  razor_tls_fork_lock(0);
  razor_pool_fork_lock(0);
  razor_report_fork_lock(0);
}

/* After each sampled call: the per-call report (report=call, `clear`). */
static void call_closed(struct razor_probe *p) {
  if (razor_flags.mode == RAZOR_REPORT_CALL ||
      ((p->opts & RAZOR_OPT_CLEAR) && razor_flags.mode != RAZOR_REPORT_NONE))
    razor_report_write(p, NULL, RAZOR_RK_CALL);
}

RAZOR_RESIDENT static void fork_child(void) {
  fork_parent();
  razor_flags_after_fork();
  /* The child's own signals report the child, from a thread of its own;
   * a report the parent was asked for is the parent's. */
  if (razor_flags.signo && !atomic_load(&razor_disabled)) {
    atomic_store(&signal_report_pending, 0);
    start_report_thread();
  }
}

extern void __tsan_init(void) __attribute__((weak));

/* Why this process cannot be traced, or NULL.  ThreadSanitizer sees the
 * runtime's memory only through the libc calls it intercepts (memcpy,
 * memset) and none of its atomics and spinlocks, so it would report races
 * that are not there; a runtime built with -fsanitize=thread is seen
 * whole. */
static const char *refusal(void) {
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
  return NULL;
#endif
#endif
#ifdef __SANITIZE_THREAD__
  return NULL;
#endif
  if (__tsan_init)
    return "ThreadSanitizer is in this process and this runtime was built "
           "without it: nothing is traced (Known limits in the README)";
  return NULL;
}

#ifdef __GLIBC__
/* What atexit and pthread_atfork are in glibc: libc_nonshared.a's stubs
 * for them would sit at the end of this library's code, away from the
 * rest of its start-up (RAZOR_RESIDENT). */
extern void *__dso_handle;
int __cxa_atexit(void (*fn)(void *), void *arg, void *dso);
int __register_atfork(void (*prepare)(void), void (*parent)(void),
                      void (*child)(void), void *dso);
RAZOR_RESIDENT static void exit_report_at(void *arg) {
  (void)arg;
  exit_report();
}
#endif

RAZOR_RESIDENT static void do_init(void) {
  razor_alloc_resolve();
  razor_alloc_find_loader();
  /* (__razor_variables_check may have refused already: a module's
   * constructor runs before this when the runtime is linked statically.) */
  if (!razor_refusal)
    razor_refusal = refusal();
  if (razor_refusal)
    return;
  if (razor_alloc_free_foreign() && __sanitizer_install_malloc_and_free_hooks &&
      __sanitizer_install_malloc_and_free_hooks(razor_sanitizer_malloc_hook,
                                                razor_sanitizer_free_hook))
    razor_alloc_hooked();
  if (razor_flags_init(getenv(RAZOR_RESIDENT_STR("RAZOR_OPTIONS")))) {
    atomic_store(&razor_disabled, 1);
    return;
  }
  if (razor_flags.signo)
    setup_report_signal();
  razor_on_call_closed = call_closed;
#ifdef __GLIBC__
  __register_atfork(fork_prepare, fork_parent, fork_child, __dso_handle);
  __cxa_atexit(exit_report_at, NULL, __dso_handle);
#else
  pthread_atfork(fork_prepare, fork_parent, fork_child);
  atexit(exit_report);
#endif
  /* A sanitizer that ends the process itself (LeakSanitizer's check at
   * exit, which runs before this report) calls this first. */
  if (__sanitizer_set_death_callback)
    __sanitizer_set_death_callback(exit_report);
}

/* Makes sure RAZOR_OPTIONS was read and the exit report registered.  Runs
 * once; cheap afterwards; a nested call during initialisation returns. */
RAZOR_RESIDENT void razor_ensure_init(void) {
  if (RAZOR_LIKELY(atomic_load_explicit(&init_state, memory_order_acquire) ==
                   2))
    return;
  if (init_running)
    return;
  int expected = 0;
  if (atomic_compare_exchange_strong(&init_state, &expected, 1)) {
    init_running = 1;
    do_init();
    init_running = 0;
    atomic_store_explicit(&init_state, 2, memory_order_release);
    return;
  }
  while (atomic_load_explicit(&init_state, memory_order_acquire) != 2)
    sched_yield();
}

RAZOR_RESIDENT __attribute__((constructor(101))) static void
razor_early_init(void) {
  razor_ensure_init();
}


RAZOR_RESIDENT int razor_init_done(void) {
  return atomic_load(&init_state) == 2;
}

RAZOR_RESIDENT int razor_exit_reported(void) {
  return atomic_load(&exit_reported);
}
