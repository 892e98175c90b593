/* razor_interpose.c - the process's malloc, calloc, free, realloc and
 * reallocarray.  Weak, so a program's own allocator or a sanitizer wins.
 *
 * Every allocation and release of the process passes here, traced or not,
 * so the fast path is one jump to the next definition; this file is
 * compiled without frame pointers for that.  The slow paths (a probe samples
 * on this thread; blocks may be tracked) are in razor_rtl.c, with frames of
 * their own, and test what they must. */
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

/* Where the process's functions go: the next definitions while nothing
 * can be traced, the slow paths from the first sample (or bootstrap block)
 * on.  So the fast path is one indirect jump.  Hidden: read directly. */
static void *(*malloc_to)(size_t) = razor_malloc_first;
static void *(*calloc_to)(size_t, size_t) = razor_calloc_first;
static void (*free_to)(void *) = razor_free_first;
static void *(*realloc_to)(void *, size_t) = razor_realloc_first;

/* The next definitions are known: go there, unless already slow. */
void razor_interpose_resolved(void) {
  void *(*m)(size_t) = razor_malloc_first;
  void *(*c)(size_t, size_t) = razor_calloc_first;
  void (*f)(void *) = razor_free_first;
  void *(*r)(void *, size_t) = razor_realloc_first;
  __atomic_compare_exchange_n(&malloc_to, &m, __razor_next_malloc, 0,
                              __ATOMIC_RELEASE, __ATOMIC_RELAXED);
  __atomic_compare_exchange_n(&calloc_to, &c, __razor_next_calloc, 0,
                              __ATOMIC_RELEASE, __ATOMIC_RELAXED);
  __atomic_compare_exchange_n(&free_to, &f, __razor_next_free, 0,
                              __ATOMIC_RELEASE, __ATOMIC_RELAXED);
  __atomic_compare_exchange_n(&realloc_to, &r, __razor_next_realloc, 0,
                              __ATOMIC_RELEASE, __ATOMIC_RELAXED);
}

/* From now on every call takes the slow path (which tests what it must). */
void razor_interpose_slow(void) {
  __atomic_store_n(&malloc_to, razor_malloc_slow, __ATOMIC_RELEASE);
  __atomic_store_n(&calloc_to, razor_calloc_slow, __ATOMIC_RELEASE);
  __atomic_store_n(&free_to, razor_free_slow, __ATOMIC_RELEASE);
  __atomic_store_n(&realloc_to, razor_realloc_slow, __ATOMIC_RELEASE);
}

/* Charges what code built without the plugin allocates to the user's call
 * into it while a probe samples. */
void *razor_malloc_impl(size_t n) {
  return __atomic_load_n(&malloc_to, __ATOMIC_RELAXED)(n);
}
RAZOR_EXPORT __attribute__((weak, alias("razor_malloc_impl"))) void *malloc(
    size_t n);

void *razor_calloc_impl(size_t n, size_t sz) {
  return __atomic_load_n(&calloc_to, __ATOMIC_RELAXED)(n, sz);
}
RAZOR_EXPORT __attribute__((weak, alias("razor_calloc_impl"))) void *calloc(
    size_t n, size_t sz);

/* Forgets a tracked block, wherever it is released. */
void razor_free_impl(void *p) {
  __atomic_load_n(&free_to, __ATOMIC_RELAXED)(p);
}
RAZOR_EXPORT __attribute__((weak, alias("razor_free_impl"))) void free(
    void *p);

void *razor_realloc_impl(void *p, size_t n) {
  return __atomic_load_n(&realloc_to, __ATOMIC_RELAXED)(p, n);
}
RAZOR_EXPORT __attribute__((weak, alias("razor_realloc_impl"))) void *realloc(
    void *p, size_t n);

/* Overflow check (NULL, ENOMEM), then as realloc. */
RAZOR_EXPORT __attribute__((weak)) void *reallocarray(void *p, size_t n,
                                                      size_t sz) {
  size_t bytes;
  return razor_array_bytes(n, sz, &bytes) ? NULL : razor_realloc_impl(p, bytes);
}
