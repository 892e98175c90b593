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

/* Hook for an allocation operator SYM(PARAMS...) at SITE: N is the size. */
#define RAZOR_NEW(SYM, ARGS, ...)                                              \
  extern void *next##SYM(__VA_ARGS__) __asm__(#SYM) __attribute__((weak));    \
  RAZOR_EXPORT void *__razor_##SYM(__VA_ARGS__, struct razor_site *site) {     \
    void *p = next##SYM ? next##SYM ARGS : malloc(n);                          \
    razor_track_sampled(p, n, site);                                                         \
    return p;                                                                  \
  }

/* Hook for a deallocation operator SYM(P, ...) at SITE. */
#define RAZOR_DELETE(SYM, ARGS, ...)                                           \
  extern void next##SYM(__VA_ARGS__) __asm__(#SYM) __attribute__((weak));     \
  RAZOR_EXPORT void __razor_##SYM(__VA_ARGS__, struct razor_site *site) {      \
    (void)site;                                                                \
    razor_forget(p);                                                                 \
    if (next##SYM)                                                             \
      next##SYM ARGS;                                                          \
    else                                                                       \
      free(p);                                                                 \
  }

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
