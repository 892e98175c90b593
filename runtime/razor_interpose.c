/* razor_interpose.c - the process's malloc, calloc, free, realloc and
 * reallocarray, exit() and the setenv family.  Weak, so a program's own
 * allocator or a sanitizer wins.
 *
 * Every allocation and release of the process passes here, traced or not,
 * so the fast path is one jump to the next definition; this file is
 * compiled without frame pointers for that.  The slow paths (a probe samples
 * on this thread; blocks may be tracked) are the record owner's
 * (razor_record.c), with frames of their own, and test what they must. */
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "razor_hooks.h"
#include "razor_probe.h"
#include "razor_record.h"

/* The definitions calls are forwarded to (razor_abi.h): until they are
 * looked up, functions of razor_alloc.c that look them up first.  Defined
 * here, where the fast paths read them directly. */
RAZOR_EXPORT void *(*__razor_next_malloc)(size_t) = razor_malloc_first;
RAZOR_EXPORT void *(*__razor_next_calloc)(size_t, size_t) = razor_calloc_first;
RAZOR_EXPORT void (*__razor_next_free)(void *) = razor_free_first;
RAZOR_EXPORT void *(*__razor_next_realloc)(void *, size_t) =
    razor_realloc_first;

/* What compiled code calls (razor_abi.h): the hooks until the next
 * definitions are known, the definitions themselves while nothing can be
 * traced (the hook's site argument is then one they ignore), the hooks
 * again from the first sample or bootstrap block on. */
typedef void *call_malloc_fn(size_t, struct razor_site *);
typedef void *call_calloc_fn(size_t, size_t, struct razor_site *);
typedef void call_free_fn(void *, struct razor_site *);
typedef void *call_realloc_fn(void *, size_t, struct razor_site *);
RAZOR_EXPORT call_malloc_fn *__razor_call_malloc = razor_call_malloc_first;
RAZOR_EXPORT call_calloc_fn *__razor_call_calloc = razor_call_calloc_first;
RAZOR_EXPORT call_free_fn *__razor_call_free = razor_call_free_first;
RAZOR_EXPORT call_realloc_fn *__razor_call_realloc = razor_call_realloc_first;

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

/* Moves *P from FIRST to TO; a pointer already moved on stays. */
#define RAZOR_MOVE_ON(p, first, to)                                          \
  do {                                                                       \
    __typeof__(*(p)) expected = (first);                                     \
    __atomic_compare_exchange_n((p), &expected, (to), 0, __ATOMIC_RELEASE,   \
                                __ATOMIC_RELAXED);                           \
  } while (0)

/* razor_cxx.c's part of the two below: weak, so a static link of a C
 * program does not pull the C++ operators' hooks in. */
extern void razor_cxx_resolved(void) __attribute__((weak));
extern void razor_cxx_slow(void) __attribute__((weak));

/* The next definitions are known: go there, unless already slow. */
RAZOR_RESIDENT void razor_interpose_resolved(void) {
  if (razor_cxx_resolved)
    razor_cxx_resolved();
  RAZOR_MOVE_ON(&__razor_call_malloc, razor_call_malloc_first,
                (call_malloc_fn *)(void *)__razor_next_malloc);
  RAZOR_MOVE_ON(&__razor_call_calloc, razor_call_calloc_first,
                (call_calloc_fn *)(void *)__razor_next_calloc);
  RAZOR_MOVE_ON(&__razor_call_free, razor_call_free_first,
                (call_free_fn *)(void *)__razor_next_free);
  RAZOR_MOVE_ON(&__razor_call_realloc, razor_call_realloc_first,
                (call_realloc_fn *)(void *)__razor_next_realloc);
  RAZOR_MOVE_ON(&malloc_to, razor_malloc_first, __razor_next_malloc);
  RAZOR_MOVE_ON(&calloc_to, razor_calloc_first, __razor_next_calloc);
  RAZOR_MOVE_ON(&free_to, razor_free_first, __razor_next_free);
  RAZOR_MOVE_ON(&realloc_to, razor_realloc_first, __razor_next_realloc);
}

/* From now on every call takes the slow path (which tests what it must). */
void razor_interpose_slow(void) {
  if (razor_cxx_slow)
    razor_cxx_slow();
  __atomic_store_n(&__razor_call_malloc, __razor_malloc, __ATOMIC_RELEASE);
  __atomic_store_n(&__razor_call_calloc, __razor_calloc, __ATOMIC_RELEASE);
  __atomic_store_n(&__razor_call_free, __razor_free, __ATOMIC_RELEASE);
  __atomic_store_n(&__razor_call_realloc, __razor_realloc, __ATOMIC_RELEASE);
  __atomic_store_n(&malloc_to, razor_record_foreign_malloc, __ATOMIC_RELEASE);
  __atomic_store_n(&calloc_to, razor_record_foreign_calloc, __ATOMIC_RELEASE);
  __atomic_store_n(&free_to, razor_record_release, __ATOMIC_RELEASE);
  __atomic_store_n(&realloc_to, razor_record_realloc_foreign, __ATOMIC_RELEASE);
}

/* Charges what code built without the plugin allocates to the user's call
 * into it while a probe samples. */
RAZOR_RESIDENT void *razor_malloc_impl(size_t n) {
  return __atomic_load_n(&malloc_to, __ATOMIC_RELAXED)(n);
}
RAZOR_EXPORT __attribute__((weak, alias("razor_malloc_impl"))) void *malloc(
    size_t n);

RAZOR_RESIDENT void *razor_calloc_impl(size_t n, size_t sz) {
  return __atomic_load_n(&calloc_to, __ATOMIC_RELAXED)(n, sz);
}
RAZOR_EXPORT __attribute__((weak, alias("razor_calloc_impl"))) void *calloc(
    size_t n, size_t sz);

/* Forgets a tracked block, wherever it is released. */
RAZOR_RESIDENT void razor_free_impl(void *p) {
  __atomic_load_n(&free_to, __ATOMIC_RELAXED)(p);
}
RAZOR_EXPORT __attribute__((weak, alias("razor_free_impl"))) void free(
    void *p);

RAZOR_RESIDENT void *razor_realloc_impl(void *p, size_t n) {
  return __atomic_load_n(&realloc_to, __ATOMIC_RELAXED)(p, n);
}
RAZOR_EXPORT __attribute__((weak, alias("razor_realloc_impl"))) void *realloc(
    void *p, size_t n);

/* The direct ways of C++'s common operators while nothing is traced and
 * they are libstdc++'s (razor_cxx.c): what those do, minus two calls.
 * libstdc++'s operator new is malloc(n ? n : 1), with its new_handler loop
 * (or bad_alloc) once that fails: a failed malloc here goes to it (a tail
 * call, so an exception leaves no frame of ours).  Its operators delete,
 * sized or not, are free. */
RAZOR_RESIDENT void *razor_direct_new(size_t n, struct razor_site *site) {
  (void)site;
  void *p = __atomic_load_n(&malloc_to, __ATOMIC_RELAXED)(n ? n : 1);
  return RAZOR_LIKELY(p != NULL) ? p : razor_std_new(n);
}

RAZOR_RESIDENT void *razor_direct_new_array(size_t n, struct razor_site *site) {
  (void)site;
  void *p = __atomic_load_n(&malloc_to, __ATOMIC_RELAXED)(n ? n : 1);
  return RAZOR_LIKELY(p != NULL) ? p : razor_std_new_array(n);
}

RAZOR_RESIDENT void razor_direct_delete(void *p) {
  __atomic_load_n(&free_to, __ATOMIC_RELAXED)(p);
}

/* Overflow check (NULL, ENOMEM), then as realloc. */
RAZOR_RESIDENT RAZOR_EXPORT __attribute__((weak)) void *
reallocarray(void *p, size_t n, size_t sz) {
  size_t bytes;
  return razor_array_bytes(n, sz, &bytes) ? NULL : razor_realloc_impl(p, bytes);
}

/* ---- exit() and the environment ---- */

typedef void exit_fn(int);
typedef int setenv_fn(const char *, const char *, int);
typedef int unsetenv_fn(const char *);
typedef int putenv_fn(char *);
typedef int clearenv_fn(void);

/* glibc's own names of the functions below, which a static link of libc.a
 * resolves (libc.so does not export them): where the runtime's definition
 * took the public name in a static executable, these are the next ones.
 * __add_to_environ is glibc's internal worker of putenv, stable since
 * glibc 2.0. */
extern int __setenv(const char *, const char *, int) __attribute__((weak));
extern int __unsetenv(const char *) __attribute__((weak));
extern int __clearenv(void) __attribute__((weak));
extern int __add_to_environ(const char *, const char *, const char *, int)
    __attribute__((weak));

/* Closes (samples) the calling thread's open probes, innermost first, then
 * forwards to the next exit.  Weak (libc.a's strong exit wins in a static
 * executable). */
RAZOR_RESIDENT RAZOR_EXPORT __attribute__((weak, noreturn)) void
exit(int status) {
  razor_close_all();
  exit_fn *f = RAZOR_NEXT_LIBC(exit_fn, exit, NULL);
  if (f)
    f(status);
  _exit(status);
}

/* glibc's putenv, for a static executable (its putenv is the runtime's
 * there): STRING itself goes into the environment, or without '=' the
 * variable is removed. */
RAZOR_RESIDENT static int putenv_static(char *string) {
  if (!__add_to_environ || !__unsetenv) {
    errno = ENOSYS;
    return -1;
  }
  const char *eq = strchr(string, '=');
  if (!eq) {
    __unsetenv(string);
    return 0;
  }
  char *name = strndup(string, (size_t)(eq - string));
  if (!name)
    return -1;
  int r = __add_to_environ(name, NULL, string, 1);
  free(name);
  return r;
}

static inline void env_changed(void) {
  atomic_fetch_add(&razor_env_gen, 1);
}

/* Defines the weak replacement of NAME(PARAMS) -> int: forwards to the next
 * definition (STATIC_NEXT in a static executable), then tells the probes
 * to re-read their triggers at their next call.  ENOSYS when there is no
 * next definition. */
#define ENV_WRAPPER(NAME, PARAMS, ARGS, STATIC_NEXT)                           \
  RAZOR_RESIDENT RAZOR_EXPORT __attribute__((weak)) int NAME PARAMS {          \
    NAME##_fn *f = RAZOR_NEXT_LIBC(NAME##_fn, NAME, STATIC_NEXT);              \
    if (!f) {                                                                  \
      errno = ENOSYS;                                                          \
      return -1;                                                               \
    }                                                                          \
    int r = f ARGS;                                                            \
    env_changed();                                                             \
    return r;                                                                  \
  }

ENV_WRAPPER(setenv, (const char *name, const char *value, int overwrite),
            (name, value, overwrite), __setenv)
ENV_WRAPPER(unsetenv, (const char *name), (name), __unsetenv)
ENV_WRAPPER(putenv, (char *string), (string), putenv_static)
ENV_WRAPPER(clearenv, (void), (), __clearenv)
