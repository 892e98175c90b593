/* razor_hooks.h - entry points that razor_interpose.c and razor_init.c
 * point at (razor_hooks.c, razor_interpose.c, razor_cxx.c). */
#ifndef RAZOR_HOOKS_H
#define RAZOR_HOOKS_H

#include "razor_abi.h"

/* razor_interpose.c: the process's allocator functions. */
void *razor_malloc_impl(size_t n);
void *razor_calloc_impl(size_t n, size_t sz);
void razor_free_impl(void *p);
void *razor_realloc_impl(void *p, size_t n);
/* razor_interpose.c's direct ways of libstdc++'s new, new[] and delete
 * (any of the four), and razor_cxx.c's calls of its new and new[].  The
 * sized deletes' extra argument and the site are ignored like malloc's. */
void *razor_direct_new(size_t n, struct razor_site *site);
void *razor_direct_new_array(size_t n, struct razor_site *site);
void razor_direct_delete(void *p);
void *razor_std_new(size_t n);
void *razor_std_new_array(size_t n);

/* razor_hooks.c: the hooks compiled code calls for these four. */
void *__razor_malloc(size_t n, struct razor_site *site);
void *__razor_calloc(size_t n, size_t sz, struct razor_site *site);
void __razor_free(void *p, struct razor_site *site);
void *__razor_realloc(void *p, size_t n, struct razor_site *site);
/* The first values of __razor_call_*: the hooks, by another address. */
void *razor_call_malloc_first(size_t n, struct razor_site *site);
void *razor_call_calloc_first(size_t n, size_t sz, struct razor_site *site);
void razor_call_free_first(void *p, struct razor_site *site);
void *razor_call_realloc_first(void *p, size_t n, struct razor_site *site);
/* The hooks a sanitizer calls on every malloc and free. */
void razor_sanitizer_malloc_hook(const volatile void *p, size_t n);
void razor_sanitizer_free_hook(const volatile void *p);

#endif /* RAZOR_HOOKS_H */
