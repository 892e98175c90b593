/* razor_alloc.h - the process's allocator (razor_alloc.c): which malloc,
 * calloc, free and realloc come after the runtime's (libc's, a sanitizer's,
 * a preloaded allocator's), looked up once, before anything else runs;
 * calls forwarded to them; and whether glibc's malloc is behind the
 * runtime's, so blocks can carry headers (razor_record.h). */
#ifndef RAZOR_ALLOC_H
#define RAZOR_ALLOC_H

#include "razor_abi.h"
#include "razor_base.h"

/* The next definitions (never the runtime's own): calls forwarded. */
static inline void *razor_real_malloc(size_t n) {
  return __atomic_load_n(&__razor_next_malloc, __ATOMIC_ACQUIRE)(n);
}
static inline void *razor_real_calloc(size_t n, size_t sz) {
  return __atomic_load_n(&__razor_next_calloc, __ATOMIC_ACQUIRE)(n, sz);
}
void razor_real_free(void *p);
void *razor_real_realloc(void *p, size_t n);
/* The next malloc_usable_size, looked up when first needed; NULL: none. */
size_t (*razor_real_usable(void))(void *);
/* True for a block of the bootstrap buffer (handed out while dlsym ran). */
int razor_alloc_is_boot(const void *p);
/* The definition of libc's function NAME after the runtime's
 * (dlsym(RTLD_NEXT)), or FALLBACK where there is none: in a static
 * executable, glibc's own name for the same function, a weak reference
 * the static link resolved.  NULL when neither exists. */
void *razor_next_libc(const char *name, void *fallback);
/* razor_next_libc for NAME, of type TYPE *, looked up at the first use and
 * kept. */
#define RAZOR_NEXT_LIBC(TYPE, NAME, FALLBACK)                                  \
  ({                                                                           \
    RAZOR_RESIDENT_VAR static _Atomic(TYPE *) next_;                           \
    TYPE *f_ = atomic_load_explicit(&next_, memory_order_acquire);             \
    if (!f_) {                                                                 \
      f_ = (TYPE *)razor_next_libc(RAZOR_RESIDENT_STR(#NAME),                  \
                                   (void *)(FALLBACK));                        \
      atomic_store_explicit(&next_, f_, memory_order_release);                 \
    }                                                                          \
    f_;                                                                        \
  })
/* Looks the next definitions up (idempotent); 1 when they are known. */
int razor_alloc_resolve(void);
/* True when another free() won over the runtime's and no sanitizer hook
 * reports the frees it sees: frees outside instrumented code are lost. */
int razor_alloc_free_foreign(void);
/* Says once, at the first sample, what razor_alloc_free_foreign means. */
void razor_alloc_note_first_sample(void);
/* True when return address RET lies in the dynamic loader's code. */
int razor_alloc_from_loader(const void *ret);
/* Finds the loader's code and the process's operator new (at start-up). */
void razor_alloc_find_loader(void);
/* Finds, once, where that operator new and new[] end (razor_alloc_kind_of
 * needs it while a thread samples).  Called as each activation starts
 * sampling, so a thread waits for the one measuring before its first;
 * razor_new_measured (set last, release) spares the call after that. */
extern int razor_new_measured;
void razor_alloc_measure_new(void);
static inline void razor_alloc_find_new(void) {
  if (RAZOR_UNLIKELY(!__atomic_load_n(&razor_new_measured, __ATOMIC_ACQUIRE)))
    razor_alloc_measure_new();
}
/* What the program called for a block that KIND (malloc) handed to code at
 * return address RET: operator new or new[] when RET lies in one. */
unsigned razor_alloc_kind_of(const void *ret, unsigned kind);
/* Remembers that a sanitizer's hooks report every malloc and free. */
void razor_alloc_hooked(void);

/* Until the next definitions are known: look them up, then call them
 * (the first values of razor_interpose.c's pointers). */
void *razor_malloc_first(size_t n);
void *razor_calloc_first(size_t n, size_t sz);
void razor_free_first(void *p);
void *razor_realloc_first(void *p, size_t n);

/* Block headers: on or off for the whole run, decided when the allocator
 * is looked up; the tag's key from the kernel's random bytes (AT_RANDOM). */
extern int razor_headers;
extern uint64_t razor_hdr_key;

/* razor_interpose.c: where the process's functions and the hooks' call
 * pointers go: the next definitions once known, the slow paths from the
 * first sample (or bootstrap block) on. */
void razor_interpose_resolved(void);
void razor_interpose_slow(void);
static inline void razor_set_tracking(uint32_t bit) {
  if (!(__atomic_load_n(&__razor_tracking, __ATOMIC_RELAXED) & bit)) {
    razor_interpose_slow();
    __atomic_fetch_or(&__razor_tracking, bit, __ATOMIC_RELAXED);
  }
}

#endif /* RAZOR_ALLOC_H */
