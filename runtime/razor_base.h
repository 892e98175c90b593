/* razor_base.h - what every file of the runtime uses: export and branch
 * hints, the spinlock, the internal check, small arithmetic.  Includes
 * nothing of the runtime's own. */
#ifndef RAZOR_BASE_H
#define RAZOR_BASE_H

#include <errno.h>
#include <sched.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#define RAZOR_EXPORT __attribute__((visibility("default")))
#define RAZOR_LIKELY(x) __builtin_expect(!!(x), 1)
#define RAZOR_UNLIKELY(x) __builtin_expect(!!(x), 0)
/* The code every process linked with the runtime runs, traced or not: its
 * start-up and exit, the process's allocator and libc entry points the
 * runtime defines, a probe's call while nothing samples, fork and thread
 * exit.  It goes in one section that linkers place ahead of the rest of
 * .text (.text.hot.*), so that the pages the kernel maps in for it (with
 * the 64 kB round each fault it maps at once) are few: the rest of the
 * runtime's code (hooks, accounting, reports) stays on disk in a program
 * that traces nothing.  bench/realcode.sh's max RSS rows measure it;
 * test/run/core/resident-code.c checks that an untraced run executes
 * nothing else. */
#define RAZOR_RESIDENT __attribute__((section(".text.hot.razortrace")))
/* The read-only data that code reads in a process tracing nothing (the
 * names it looks up, RAZOR_OPTIONS), kept beside it: the kernel maps a
 * segment in whole for one byte read (it is under 64 kB), so a string
 * literal read at start-up would cost the whole of .rodata and .eh_frame.
 * RAZOR_RESIDENT_STR("name") is such a literal; RAZOR_RESIDENT_DATA
 * declares one with a name.  The same test checks that such a process
 * maps none of those. */
#define RAZOR_RESIDENT_DATA                                                    \
  __attribute__((section(".text.hot.razortrace_data")))
/* The variables that code writes in every process (locks, flags, the
 * heads of tables), gathered in .data: .bss holds the runtime's large
 * tables, untouched until something is traced, and a small variable
 * between two of them would cost a page of its own. */
#define RAZOR_RESIDENT_VAR                                                     \
  __attribute__((section(".data.razortrace_resident")))
#define RAZOR_RESIDENT_STR(s)                                                  \
  (__extension__({                                                             \
    static const char razor_resident_str_[] RAZOR_RESIDENT_DATA = s;           \
    razor_resident_str_;                                                       \
  }))

/* RAZOR_CHECK(COND): an internal invariant.  In a runtime built with
 * RAZOR_CHECKS (a debug build, and the runtime the test suite links) a
 * false COND prints "razortrace: CHECK failed: FILE:LINE: COND" and
 * aborts; in a release build it costs nothing and COND is not evaluated.
 * Never for what the program or the user can cause: those get a message
 * and the runtime goes on. */
#ifdef RAZOR_CHECKS
__attribute__((noreturn, cold)) void razor_check_failed(const char *file,
                                                        int line,
                                                        const char *cond);
#define RAZOR_CHECK(cond)                                                      \
  (RAZOR_LIKELY(cond) ? (void)0 : razor_check_failed(__FILE__, __LINE__, #cond))
#else
#define RAZOR_CHECK(cond) ((void)sizeof(!(cond)))
#endif

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
  RAZOR_CHECK(atomic_load_explicit(&l->v, memory_order_relaxed));
  atomic_store_explicit(&l->v, 0, memory_order_release);
}

/* N * SZ into *BYTES; on overflow -1 with errno ENOMEM (reallocarray). */
static inline int razor_array_bytes(size_t n, size_t sz, size_t *bytes) {
  if (!__builtin_mul_overflow(n, sz, bytes))
    return 0;
  errno = ENOMEM;
  return -1;
}

/* A 64-bit finaliser (splitmix64's): the hash of the runtime's tables. */
static inline uint64_t razor_mix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

#endif /* RAZOR_BASE_H */
