/* razor_cxx.c - the hooks for C++'s global allocation and deallocation
 * operators (razor_fns.def rows NEW and DELETE).
 *
 * Each hook calls the operator it replaces — whichever definition the
 * program has: libstdc++'s, libc++'s or its own replacement — so new_handler
 * and std::bad_alloc behave as without razortrace.  The operators are weak
 * references: a C program never needs a C++ library, and a C++ program's
 * only calls them through hooks it called.  Built with -fexceptions: an
 * exception from operator new unwinds through the hook. */
#include <link.h>
#include <stdlib.h>
#include <string.h>

#include "razor_hooks.h"
#include "razor_record.h"

/* ARGS, a parenthesised argument list, with SITE added last. */
#define RAZOR_WITH_SITE(...) (__VA_ARGS__, site)

/* What compiled code calls instead of operator SYM (razor_abi.h,
 * RAZOR_CALL_PREFIX): first##SYM, the hook at an address of its own, until
 * the process's definitions are known; then that definition while nothing
 * can be traced; the hook again from the first sample on.  first##SYM is a
 * tail call, so the hook's caller stays where stack walks start. */
#define RAZOR_CALL_POINTER(RET, SYM, ARGS, ...)                                \
  static RET first##SYM(__VA_ARGS__, struct razor_site *site) {                \
    return __razor_##SYM RAZOR_WITH_SITE ARGS;                                 \
  }                                                                            \
  RAZOR_EXPORT RET (*__razor_call_##SYM)(__VA_ARGS__, struct razor_site *) =   \
      first##SYM;

/* Nonzero when the six operators with a direct way are libstdc++'s (set
 * once, by the constructor at the end). */
static int std_operators;

/* Hook for an allocation operator SYM(PARAMS...) at SITE: N is the size.
 * STD: one of libstdc++'s two that are malloc(n ? n : 1) until malloc
 * fails; while a probe samples with block headers, the hook does that
 * malloc itself (with a header), and calls the operator only for the
 * failure (its new_handler loop, or bad_alloc).  Otherwise the block would
 * come through the process's malloc and be recorded twice. */
#define RAZOR_NEW(STD, SYM, ARGS, ...)                                         \
  extern void *next##SYM(__VA_ARGS__) __asm__(#SYM) __attribute__((weak));    \
  RAZOR_EXPORT void *__razor_##SYM(__VA_ARGS__, struct razor_site *site) {     \
    void *p;                                                                   \
    if (STD && __razor_sampling &&                                             \
        __atomic_load_n(&std_operators, __ATOMIC_RELAXED) &&                   \
        (p = razor_record_malloc_headed(n, site, __builtin_frame_address(0))))  \
      return p;                                                                \
    p = next##SYM ? next##SYM ARGS : malloc(n);                                \
    razor_record_sampled(p, n, site);                                          \
    return p;                                                                  \
  }                                                                            \
  RAZOR_CALL_POINTER(void *, SYM, ARGS, __VA_ARGS__)

/* Hook for a deallocation operator SYM(P, ...) at SITE.  STD: one of
 * libstdc++'s four that are free(p): the process's free, which forgets the
 * block as it releases it. */
#define RAZOR_DELETE(STD, SYM, ARGS, ...)                                      \
  extern void next##SYM(__VA_ARGS__) __asm__(#SYM) __attribute__((weak));     \
  RAZOR_EXPORT void __razor_##SYM(__VA_ARGS__, struct razor_site *site) {      \
    (void)site;                                                                \
    if (STD && __atomic_load_n(&std_operators, __ATOMIC_RELAXED)) {            \
      razor_free_impl(p);                                                      \
      return;                                                                  \
    }                                                                          \
    razor_forget(p);                                                           \
    if (next##SYM)                                                             \
      next##SYM ARGS;                                                          \
    else                                                                       \
      free(p);                                                                 \
  }                                                                            \
  RAZOR_CALL_POINTER(void, SYM, ARGS, __VA_ARGS__)

/* std::align_val_t is passed as a size_t, const std::nothrow_t & as a
 * pointer. */
RAZOR_NEW(1, _Znwm, (n), size_t n)
RAZOR_NEW(1, _Znam, (n), size_t n)
RAZOR_NEW(0, _ZnwmRKSt9nothrow_t, (n, nt), size_t n, const void *nt)
RAZOR_NEW(0, _ZnamRKSt9nothrow_t, (n, nt), size_t n, const void *nt)
RAZOR_NEW(0, _ZnwmSt11align_val_t, (n, al), size_t n, size_t al)
RAZOR_NEW(0, _ZnamSt11align_val_t, (n, al), size_t n, size_t al)
RAZOR_NEW(0, _ZnwmSt11align_val_tRKSt9nothrow_t, (n, al, nt), size_t n,
          size_t al, const void *nt)
RAZOR_NEW(0, _ZnamSt11align_val_tRKSt9nothrow_t, (n, al, nt), size_t n,
          size_t al, const void *nt)

RAZOR_DELETE(1, _ZdlPv, (p), void *p)
RAZOR_DELETE(1, _ZdaPv, (p), void *p)
RAZOR_DELETE(1, _ZdlPvm, (p, n), void *p, size_t n)
RAZOR_DELETE(1, _ZdaPvm, (p, n), void *p, size_t n)
RAZOR_DELETE(0, _ZdlPvSt11align_val_t, (p, al), void *p, size_t al)
RAZOR_DELETE(0, _ZdaPvSt11align_val_t, (p, al), void *p, size_t al)
RAZOR_DELETE(0, _ZdlPvmSt11align_val_t, (p, n, al), void *p, size_t n,
             size_t al)
RAZOR_DELETE(0, _ZdaPvmSt11align_val_t, (p, n, al), void *p, size_t n,
             size_t al)
RAZOR_DELETE(0, _ZdlPvRKSt9nothrow_t, (p, nt), void *p, const void *nt)
RAZOR_DELETE(0, _ZdaPvRKSt9nothrow_t, (p, nt), void *p, const void *nt)
RAZOR_DELETE(0, _ZdlPvSt11align_val_tRKSt9nothrow_t, (p, al, nt), void *p,
             size_t al, const void *nt)
RAZOR_DELETE(0, _ZdaPvSt11align_val_tRKSt9nothrow_t, (p, al, nt), void *p,
             size_t al, const void *nt)

/* libstdc++'s operator new and new[] (razor_interpose.c's direct ways
 * call them when malloc fails: they run the new_handler loop or throw). */
void *razor_std_new(size_t n) { return next_Znwm(n); }
void *razor_std_new_array(size_t n) { return next_Znam(n); }

/* Each operator's call pointer, its first value, the process's definition
 * (null in a program without one), the hook, and the direct way
 * (razor_interpose.c) for the six that have one. */
#define RAZOR_CALL_ROW(SYM, DIRECT)                                            \
  {(void **)&__razor_call_##SYM, (void *)first##SYM, (void *)next##SYM,        \
   (void *)__razor_##SYM, (void *)(DIRECT)}
#define RAZOR_CALL_ROWS_DIRECT 6 /* the first six rows */
static const struct {
  void **call;
  void *first, *next, *hook, *direct;
} call_rows[] = {
    RAZOR_CALL_ROW(_Znwm, razor_direct_new),
    RAZOR_CALL_ROW(_Znam, razor_direct_new_array),
    RAZOR_CALL_ROW(_ZdlPv, razor_direct_delete),
    RAZOR_CALL_ROW(_ZdaPv, razor_direct_delete),
    RAZOR_CALL_ROW(_ZdlPvm, razor_direct_delete),
    RAZOR_CALL_ROW(_ZdaPvm, razor_direct_delete),
    RAZOR_CALL_ROW(_ZnwmRKSt9nothrow_t, NULL),
    RAZOR_CALL_ROW(_ZnamRKSt9nothrow_t, NULL),
    RAZOR_CALL_ROW(_ZnwmSt11align_val_t, NULL),
    RAZOR_CALL_ROW(_ZnamSt11align_val_t, NULL),
    RAZOR_CALL_ROW(_ZnwmSt11align_val_tRKSt9nothrow_t, NULL),
    RAZOR_CALL_ROW(_ZnamSt11align_val_tRKSt9nothrow_t, NULL),
    RAZOR_CALL_ROW(_ZdlPvSt11align_val_t, NULL),
    RAZOR_CALL_ROW(_ZdaPvSt11align_val_t, NULL),
    RAZOR_CALL_ROW(_ZdlPvmSt11align_val_t, NULL),
    RAZOR_CALL_ROW(_ZdaPvmSt11align_val_t, NULL),
    RAZOR_CALL_ROW(_ZdlPvRKSt9nothrow_t, NULL),
    RAZOR_CALL_ROW(_ZdaPvRKSt9nothrow_t, NULL),
    RAZOR_CALL_ROW(_ZdlPvSt11align_val_tRKSt9nothrow_t, NULL),
    RAZOR_CALL_ROW(_ZdaPvSt11align_val_tRKSt9nothrow_t, NULL),
};

/* Where row I's calls go while nothing is traced. */
static void *untraced(size_t i) {
  int std = __atomic_load_n(&std_operators, __ATOMIC_ACQUIRE);
  return std && call_rows[i].direct ? call_rows[i].direct : call_rows[i].next;
}

/* Moves row I's pointer from FROM to TO, unless it moved elsewhere. */
static void move_on(size_t i, void *from, void *to) {
  if (from && to)
    __atomic_compare_exchange_n(call_rows[i].call, &from, to, 0,
                                __ATOMIC_RELEASE, __ATOMIC_RELAXED);
}

/* The process's malloc is known (razor_interpose_resolved): calls go
 * straight to each operator the program has, unless already slow.  A
 * pointer moves on from its first value once (compare and swap). */
RAZOR_RESIDENT void razor_cxx_resolved(void) {
  for (size_t i = 0; i < sizeof call_rows / sizeof call_rows[0]; i++)
    move_on(i, call_rows[i].first, untraced(i));
}

/* From now on every call goes to the hooks (razor_interpose_slow). */
void razor_cxx_slow(void) {
  for (size_t i = 0; i < sizeof call_rows / sizeof call_rows[0]; i++)
    __atomic_store_n(call_rows[i].call, call_rows[i].hook, __ATOMIC_RELEASE);
}

/* dl_iterate_phdr's callback: marks which of the six operators (ADDR)
 * lie in libstdc++'s shared library. */
struct std_search {
  uintptr_t addr[RAZOR_CALL_ROWS_DIRECT];
  unsigned found; /* bit I: addr[I] is libstdc++'s */
};
RAZOR_RESIDENT static int find_in_libstdcxx(struct dl_phdr_info *info,
                                            size_t size, void *arg) {
  (void)size;
  struct std_search *s = arg;
  if (!info->dlpi_name ||
      !strstr(info->dlpi_name, RAZOR_RESIDENT_STR("/libstdc++.so")))
    return 0;
  for (int h = 0; h < info->dlpi_phnum; h++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[h];
    if (ph->p_type != PT_LOAD)
      continue;
    uintptr_t lo = info->dlpi_addr + ph->p_vaddr, hi = lo + ph->p_memsz;
    for (unsigned i = 0; i < RAZOR_CALL_ROWS_DIRECT; i++)
      if (s->addr[i] >= lo && s->addr[i] < hi)
        s->found |= 1u << i;
  }
  return 1;
}

/* Out of any allocation (the loader's lock is taken): are the six
 * libstdc++'s?  Then pointers already at those operators move on to the
 * direct ways. */
RAZOR_RESIDENT __attribute__((constructor)) static void
cxx_operators_init(void) {
  struct std_search s = {.found = 0};
  for (unsigned i = 0; i < RAZOR_CALL_ROWS_DIRECT; i++) {
    s.addr[i] = (uintptr_t)call_rows[i].next;
    if (!s.addr[i])
      return;
  }
  dl_iterate_phdr(find_in_libstdcxx, &s);
  if (s.found != (1u << RAZOR_CALL_ROWS_DIRECT) - 1)
    return;
  __atomic_store_n(&std_operators, 1, __ATOMIC_RELEASE);
  for (size_t i = 0; i < RAZOR_CALL_ROWS_DIRECT; i++)
    move_on(i, call_rows[i].next, call_rows[i].direct);
}
