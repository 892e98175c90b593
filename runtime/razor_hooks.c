/* razor_hooks.c - the entry points compiled code calls (razor_abi.h):
 * module registration, probe entry and exit, and the hooks of the malloc
 * family (razor_fns.def), plus the hooks a sanitizer calls on every malloc
 * and free.  Each makes sure of what it needs, runs the inline "is anything
 * traced?" test, and makes one call: into the next allocator when nothing
 * is, into the record owner (razor_record.c) when something is. */
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "razor_hooks.h"
#include "razor_init.h"
#include "razor_probe.h"
#include "razor_record.h"

/* ---- module registration and probes (called by compiled code) ---- */

/* Remembers a module (its descriptor: a few words).  Its sites are
 * registered at their first use (razor_record.c), its probes at the first
 * probe entry, lookup or report: nothing per site or probe at start-up.
 * Idempotent. */
RAZOR_RESIDENT RAZOR_EXPORT void
__razor_module_init_v8(const struct razor_module *module) {
  razor_ensure_init();
  razor_module_add(module);
}

/* Called by each module's destructor with the descriptor it registered:
 * at dlclose the runtime keeps copies of what its reports need. */
RAZOR_RESIDENT RAZOR_EXPORT void
__razor_module_fini_v8(const struct razor_module *module) {
  if (!razor_init_done() || razor_exit_reported())
    return;
  razor_module_fini(module);
}

/* Entry of a probe function.  Returns the token for __razor_probe_exit, 0
 * when this activation is not sampled. */
RAZOR_RESIDENT RAZOR_EXPORT uint32_t
__razor_probe_enter(struct razor_probe_desc *probe, void *frame) {
  razor_ensure_init();
  if (!probe)
    return 0;
  return razor_enter(razor_probe_of(probe), frame, 0);
}

/* Every way out of a probe function.  Token 0 returns at once. */
RAZOR_RESIDENT RAZOR_EXPORT void
__razor_probe_exit(struct razor_probe_desc *probe, uint32_t token) {
  if (!token || !probe)
    return;
  razor_exit(__atomic_load_n(&probe->state, __ATOMIC_ACQUIRE), token, 0);
}

/* ---- allocation hooks: the next allocator, or the record owner while
 * this thread samples.  Each passes its own frame: where stack walks
 * start. */

/* Hook for malloc(N) at SITE.  Returns malloc's result. */
RAZOR_EXPORT void *__razor_malloc(size_t n, struct razor_site *site) {
  if (RAZOR_UNLIKELY(__razor_sampling))
    return razor_record_malloc(n, site, __builtin_frame_address(0));
  return razor_real_malloc(n);
}

/* Hook for calloc(N, SZ) at SITE. */
RAZOR_EXPORT void *__razor_calloc(size_t n, size_t sz,
                                  struct razor_site *site) {
  if (RAZOR_UNLIKELY(__razor_sampling))
    return razor_record_calloc(n, sz, site, __builtin_frame_address(0));
  return razor_real_calloc(n, sz);
}

/* N bytes for a copy of a string at SITE, ENOMEM when there are none. */
static inline __attribute__((always_inline)) char *
string_block(size_t n, struct razor_site *site, void *frame) {
  char *p = RAZOR_UNLIKELY(__razor_sampling)
                ? razor_record_malloc(n, site, frame)
                : razor_real_malloc(n);
  if (!p)
    errno = ENOMEM;
  return p;
}

/* Hook for strdup(S) at SITE. */
RAZOR_EXPORT char *__razor_strdup(const char *s, struct razor_site *site) {
  size_t n = strlen(s) + 1;
  char *p = string_block(n, site, __builtin_frame_address(0));
  return p ? memcpy(p, s, n) : NULL;
}

/* Hook for strndup(S, N) at SITE. */
RAZOR_EXPORT char *__razor_strndup(const char *s, size_t n,
                                   struct razor_site *site) {
  size_t len = strnlen(s, n);
  char *p = string_block(len + 1, site, __builtin_frame_address(0));
  if (p) {
    memcpy(p, s, len);
    p[len] = '\0';
  }
  return p;
}

/* Hook for aligned_alloc(AL, N) at SITE. */
RAZOR_EXPORT void *__razor_aligned_alloc(size_t al, size_t n,
                                         struct razor_site *site) {
  void *p = aligned_alloc(al, n);
  razor_record_sampled(p, n, site);
  return p;
}

/* Hook for posix_memalign(PP, AL, N) at SITE.  Returns its result. */
RAZOR_EXPORT int __razor_posix_memalign(void **pp, size_t al, size_t n,
                                        struct razor_site *site) {
  int r = posix_memalign(pp, al, n);
  if (r == 0)
    razor_record_sampled(*pp, n, site);
  return r;
}

/* Hook for memalign(AL, N) at SITE. */
RAZOR_EXPORT void *__razor_memalign(size_t al, size_t n,
                                    struct razor_site *site) {
  void *p = memalign(al, n);
  razor_record_sampled(p, n, site);
  return p;
}

/* Hook for valloc(N) at SITE. */
RAZOR_EXPORT void *__razor_valloc(size_t n, struct razor_site *site) {
  void *p = valloc(n);
  razor_record_sampled(p, n, site);
  return p;
}

/* Hook for free(P) at SITE. */
RAZOR_EXPORT void __razor_free(void *p, struct razor_site *site) {
  (void)site;
  if (RAZOR_UNLIKELY(__razor_sampling))
    return razor_record_release_traced(p);
  razor_free_impl(p);
}

/* Hook for realloc(P, N) at SITE. */
RAZOR_EXPORT void *__razor_realloc(void *p, size_t n,
                                   struct razor_site *site) {
  if (RAZOR_UNLIKELY(__razor_sampling))
    return razor_record_realloc(p, n, site, __builtin_frame_address(0));
  return razor_realloc_impl(p, n);
}

/* The first values of __razor_call_* (razor_interpose.c): the hooks, at
 * addresses of their own so the pointers can be moved on from them once.
 * Tail calls: the hook's caller stays the frame stack walks start from. */
void *razor_call_malloc_first(size_t n, struct razor_site *site) {
  return __razor_malloc(n, site);
}

void *razor_call_calloc_first(size_t n, size_t sz, struct razor_site *site) {
  return __razor_calloc(n, sz, site);
}

void razor_call_free_first(void *p, struct razor_site *site) {
  __razor_free(p, site);
}

void *razor_call_realloc_first(void *p, size_t n, struct razor_site *site) {
  return __razor_realloc(p, n, site);
}

/* Hook for reallocarray(P, N, SZ) at SITE: NULL and ENOMEM on overflow. */
RAZOR_EXPORT void *__razor_reallocarray(void *p, size_t n, size_t sz,
                                        struct razor_site *site) {
  size_t bytes;
  return razor_array_bytes(n, sz, &bytes) ? NULL : __razor_realloc(p, bytes, site);
}

/* ---- a sanitizer's hooks ----
 * Under a sanitizer its malloc is the process's: what code built without
 * the plugin allocates (libstdc++'s std::string, libc's getline) reaches the
 * runtime through this hook, as through the runtime's own malloc
 * otherwise.  A block that an instrumented hook then records at its own
 * site simply replaces this record.  Installed at start-up
 * (razor_init.c) when another free() won over the runtime's. */
void razor_sanitizer_malloc_hook(const volatile void *p, size_t n) {
  if (RAZOR_UNLIKELY(__razor_sampling) &&
      (__razor_callsite || __razor_wrapcall))
    razor_record_foreign((void *)p, n, RAZOR_KIND_malloc,
                         __builtin_frame_address(0));
}

void razor_sanitizer_free_hook(const volatile void *p) {
  razor_forget((void *)p);
}
