/* razor_interpose.c - the process's malloc, calloc, free, realloc and
 * reallocarray.  Weak, so a program's own allocator or a sanitizer wins.
 *
 * Every allocation and release of the process passes here, traced or not,
 * so the fast path is one test and a jump to the next definition; this file
 * is compiled without frame pointers for that.  The slow paths (a probe
 * samples on this thread; blocks may be tracked) are in razor_rtl.c, with
 * frames of their own. */
#include <errno.h>

#include "razor_internal.h"

/* The definitions calls are forwarded to (razor_abi.h): until they are
 * looked up, functions of razor_rtl.c that look them up first.  Defined
 * here, where the fast paths read them directly. */
RAZOR_EXPORT void *(*__razor_next_malloc)(size_t) = razor_malloc_first;
RAZOR_EXPORT void *(*__razor_next_calloc)(size_t, size_t) = razor_calloc_first;
RAZOR_EXPORT void (*__razor_next_free)(void *) = razor_free_first;
RAZOR_EXPORT void *(*__razor_next_realloc)(void *, size_t) =
    razor_realloc_first;

/* Nonzero once a block may be tracked (a probe sampled) or a bootstrap
 * block was handed out: releases must then be looked at (razor_abi.h). */
RAZOR_EXPORT uint32_t __razor_tracking;

/* Charges what code built without the plugin allocates to the user's call
 * into it while a probe samples. */
void *razor_malloc_impl(size_t n) {
  if (RAZOR_LIKELY(!__razor_sampling))
    return __razor_next_malloc(n);
  return razor_malloc_slow(n);
}
RAZOR_EXPORT __attribute__((weak, alias("razor_malloc_impl"))) void *malloc(
    size_t n);

void *razor_calloc_impl(size_t n, size_t sz) {
  if (RAZOR_LIKELY(!__razor_sampling))
    return __razor_next_calloc(n, sz);
  return razor_calloc_slow(n, sz);
}
RAZOR_EXPORT __attribute__((weak, alias("razor_calloc_impl"))) void *calloc(
    size_t n, size_t sz);

/* Forgets a tracked block, wherever it is released. */
void razor_free_impl(void *p) {
  if (RAZOR_LIKELY(!__atomic_load_n(&__razor_tracking, __ATOMIC_RELAXED)))
    return __razor_next_free(p);
  razor_free_slow(p);
}
RAZOR_EXPORT __attribute__((weak, alias("razor_free_impl"))) void free(
    void *p);

void *razor_realloc_impl(void *p, size_t n) {
  if (RAZOR_LIKELY(!__atomic_load_n(&__razor_tracking, __ATOMIC_RELAXED)))
    return __razor_next_realloc(p, n);
  return razor_realloc_slow(p, n);
}
RAZOR_EXPORT __attribute__((weak, alias("razor_realloc_impl"))) void *realloc(
    void *p, size_t n);

/* Overflow check (NULL, ENOMEM), then as realloc. */
RAZOR_EXPORT __attribute__((weak)) void *reallocarray(void *p, size_t n,
                                                      size_t sz) {
  size_t bytes;
  return razor_array_bytes(n, sz, &bytes) ? NULL : razor_realloc_impl(p, bytes);
}
