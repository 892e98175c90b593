/* razor_cxx.c - the hooks for C++'s global allocation and deallocation
 * operators (razor_fns.def rows NEW and DELETE).
 *
 * Each hook calls the operator it replaces — whichever definition the
 * program has: libstdc++'s, libc++'s or its own replacement — so new_handler
 * and std::bad_alloc behave as without razortrace.  The operators are weak
 * references: a C program never needs a C++ library, and a C++ program's
 * only calls them through hooks it called.  Built with -fexceptions: an
 * exception from operator new unwinds through the hook. */
#include <stdlib.h>

#include "razor_internal.h"

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

/* Hook for an allocation operator SYM(PARAMS...) at SITE: N is the size. */
#define RAZOR_NEW(SYM, ARGS, ...)                                              \
  extern void *next##SYM(__VA_ARGS__) __asm__(#SYM) __attribute__((weak));    \
  RAZOR_EXPORT void *__razor_##SYM(__VA_ARGS__, struct razor_site *site) {     \
    void *p = next##SYM ? next##SYM ARGS : malloc(n);                          \
    razor_track_sampled(p, n, site);                                           \
    return p;                                                                  \
  }                                                                            \
  RAZOR_CALL_POINTER(void *, SYM, ARGS, __VA_ARGS__)

/* Hook for a deallocation operator SYM(P, ...) at SITE. */
#define RAZOR_DELETE(SYM, ARGS, ...)                                           \
  extern void next##SYM(__VA_ARGS__) __asm__(#SYM) __attribute__((weak));     \
  RAZOR_EXPORT void __razor_##SYM(__VA_ARGS__, struct razor_site *site) {      \
    (void)site;                                                                \
    razor_forget(p);                                                           \
    if (next##SYM)                                                             \
      next##SYM ARGS;                                                          \
    else                                                                       \
      free(p);                                                                 \
  }                                                                            \
  RAZOR_CALL_POINTER(void, SYM, ARGS, __VA_ARGS__)

/* std::align_val_t is passed as a size_t, const std::nothrow_t & as a
 * pointer. */
RAZOR_NEW(_Znwm, (n), size_t n)
RAZOR_NEW(_Znam, (n), size_t n)
RAZOR_NEW(_ZnwmRKSt9nothrow_t, (n, nt), size_t n, const void *nt)
RAZOR_NEW(_ZnamRKSt9nothrow_t, (n, nt), size_t n, const void *nt)
RAZOR_NEW(_ZnwmSt11align_val_t, (n, al), size_t n, size_t al)
RAZOR_NEW(_ZnamSt11align_val_t, (n, al), size_t n, size_t al)
RAZOR_NEW(_ZnwmSt11align_val_tRKSt9nothrow_t, (n, al, nt), size_t n,
          size_t al, const void *nt)
RAZOR_NEW(_ZnamSt11align_val_tRKSt9nothrow_t, (n, al, nt), size_t n,
          size_t al, const void *nt)

RAZOR_DELETE(_ZdlPv, (p), void *p)
RAZOR_DELETE(_ZdaPv, (p), void *p)
RAZOR_DELETE(_ZdlPvm, (p, n), void *p, size_t n)
RAZOR_DELETE(_ZdaPvm, (p, n), void *p, size_t n)
RAZOR_DELETE(_ZdlPvSt11align_val_t, (p, al), void *p, size_t al)
RAZOR_DELETE(_ZdaPvSt11align_val_t, (p, al), void *p, size_t al)
RAZOR_DELETE(_ZdlPvmSt11align_val_t, (p, n, al), void *p, size_t n, size_t al)
RAZOR_DELETE(_ZdaPvmSt11align_val_t, (p, n, al), void *p, size_t n, size_t al)
RAZOR_DELETE(_ZdlPvRKSt9nothrow_t, (p, nt), void *p, const void *nt)
RAZOR_DELETE(_ZdaPvRKSt9nothrow_t, (p, nt), void *p, const void *nt)
RAZOR_DELETE(_ZdlPvSt11align_val_tRKSt9nothrow_t, (p, al, nt), void *p,
             size_t al, const void *nt)
RAZOR_DELETE(_ZdaPvSt11align_val_tRKSt9nothrow_t, (p, al, nt), void *p,
             size_t al, const void *nt)

/* Each operator's call pointer, its first value, the process's definition
 * (null in a program without one) and the hook. */
#define RAZOR_CALL_ROW(SYM)                                                    \
  {(void **)&__razor_call_##SYM, (void *)first##SYM, (void *)next##SYM,        \
   (void *)__razor_##SYM}
static const struct {
  void **call;
  void *first, *next, *hook;
} call_rows[] = {
    RAZOR_CALL_ROW(_Znwm),
    RAZOR_CALL_ROW(_Znam),
    RAZOR_CALL_ROW(_ZnwmRKSt9nothrow_t),
    RAZOR_CALL_ROW(_ZnamRKSt9nothrow_t),
    RAZOR_CALL_ROW(_ZnwmSt11align_val_t),
    RAZOR_CALL_ROW(_ZnamSt11align_val_t),
    RAZOR_CALL_ROW(_ZnwmSt11align_val_tRKSt9nothrow_t),
    RAZOR_CALL_ROW(_ZnamSt11align_val_tRKSt9nothrow_t),
    RAZOR_CALL_ROW(_ZdlPv),
    RAZOR_CALL_ROW(_ZdaPv),
    RAZOR_CALL_ROW(_ZdlPvm),
    RAZOR_CALL_ROW(_ZdaPvm),
    RAZOR_CALL_ROW(_ZdlPvSt11align_val_t),
    RAZOR_CALL_ROW(_ZdaPvSt11align_val_t),
    RAZOR_CALL_ROW(_ZdlPvmSt11align_val_t),
    RAZOR_CALL_ROW(_ZdaPvmSt11align_val_t),
    RAZOR_CALL_ROW(_ZdlPvRKSt9nothrow_t),
    RAZOR_CALL_ROW(_ZdaPvRKSt9nothrow_t),
    RAZOR_CALL_ROW(_ZdlPvSt11align_val_tRKSt9nothrow_t),
    RAZOR_CALL_ROW(_ZdaPvSt11align_val_tRKSt9nothrow_t),
};

/* The process's malloc is known (razor_interpose_resolved): calls go
 * straight to each operator the program has, unless already slow.  A
 * pointer moves on from its first value once (compare and swap). */
void razor_cxx_resolved(void) {
  for (size_t i = 0; i < sizeof call_rows / sizeof call_rows[0]; i++) {
    void *expected = call_rows[i].first;
    if (call_rows[i].next)
      __atomic_compare_exchange_n(call_rows[i].call, &expected,
                                  call_rows[i].next, 0, __ATOMIC_RELEASE,
                                  __ATOMIC_RELAXED);
  }
}

/* From now on every call goes to the hooks (razor_interpose_slow). */
void razor_cxx_slow(void) {
  for (size_t i = 0; i < sizeof call_rows / sizeof call_rows[0]; i++)
    __atomic_store_n(call_rows[i].call, call_rows[i].hook, __ATOMIC_RELEASE);
}
