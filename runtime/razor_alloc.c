/* razor_alloc.c - the process's allocator: finding the malloc, calloc,
 * free and realloc that come after the runtime's (libc's, a sanitizer's, an
 * allocator linked in or preloaded, glibc's malloc-debug library), a
 * bootstrap buffer for what dlsym allocates meanwhile, and forwarding to
 * them.  Also decides, once, whether blocks can carry headers: only with
 * glibc's malloc behind the runtime's. */
#include <dlfcn.h>
#include <link.h>
#include <pthread.h>
#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/auxv.h>

#include "razor_alloc.h"
#include "razor_block.h"
#include "razor_hooks.h"

typedef void *malloc_fn(size_t);
typedef void *calloc_fn(size_t, size_t);
typedef void free_fn(void *);
typedef void *realloc_fn(void *, size_t);

extern void *__libc_malloc(size_t) __attribute__((weak));
extern void *__libc_calloc(size_t, size_t) __attribute__((weak));
extern void __libc_free(void *) __attribute__((weak));
extern void *__libc_realloc(void *, size_t) __attribute__((weak));
/* glibc's own name of malloc_usable_size: resolved by a static link of
 * libc.a, where the runtime's definition takes the public name. */
extern size_t __malloc_usable_size(void *) __attribute__((weak));

/* What dlsym allocates while the allocator is being looked up comes from
 * here (zeroed, never reused); such blocks are never passed on to free. */
static char boot_buf[32768] __attribute__((aligned(16)));
static atomic_size_t boot_used;

static void *boot_alloc(size_t n) {
  n = (n + 15) & ~(size_t)15;
  razor_set_tracking(RAZOR_TRACKING_BOOT);
  size_t off = atomic_fetch_add(&boot_used, n);
  if (off + n > sizeof boot_buf || off + n < n)
    return NULL;
  return boot_buf + off;
}

int razor_alloc_is_boot(const void *p) {
  return (uintptr_t)p - (uintptr_t)boot_buf < sizeof boot_buf;
}

/* The address range of a loaded module whose path contains NAME: its
 * PT_LOAD segments with all of FLAGS (PF_X: code only).  Filled by
 * dl_iterate_phdr with find_module, which allocates nothing. */
struct module_range {
  const char *name;
  unsigned flags;
  uintptr_t lo, hi;
};

RAZOR_RESIDENT static int find_module(struct dl_phdr_info *info, size_t size,
                                      void *arg) {
  (void)size;
  struct module_range *r = arg;
  if (!info->dlpi_name || !strstr(info->dlpi_name, r->name))
    return 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type != PT_LOAD || (ph->p_flags & r->flags) != r->flags)
      continue;
    uintptr_t lo = info->dlpi_addr + ph->p_vaddr;
    if (!r->lo || lo < r->lo)
      r->lo = lo;
    if (lo + ph->p_memsz > r->hi)
      r->hi = lo + ph->p_memsz;
  }
  return 1;
}

static inline int in_module(const struct module_range *r, const void *p) {
  return (uintptr_t)p - r->lo < r->hi - r->lo;
}

/* The dynamic loader's code (ld.so), found at initialisation. */
RAZOR_RESIDENT_DATA static const char loader_name[] = "/ld-linux";
static struct module_range loader = {loader_name, PF_X, 0, 0};

/* The process's operator new and new[] (libstdc++'s, or the program's),
 * found at initialisation: weak references, resolved by the dynamic
 * linker (a C program has none; dlsym failing there would allocate its
 * error message with the program's own malloc, before main). */
RAZOR_RESIDENT_VAR static void *new_fn[2];
extern void *razor_process_new(size_t) __asm__("_Znwm") __attribute__((weak));
extern void *razor_process_new_array(size_t) __asm__("_Znam")
    __attribute__((weak));

/* Their [lo, hi) each, from their symbols' sizes, measured at the first
 * sample (razor_alloc_find_new): a malloc called from there is what the
 * program called operator new for. */
static uintptr_t new_range[2][2];

RAZOR_RESIDENT void razor_alloc_find_loader(void) {
  dl_iterate_phdr(find_module, &loader);
  new_fn[0] = (void *)razor_process_new;
  new_fn[1] = (void *)razor_process_new_array;
}

/* See razor_alloc.h. */
int razor_new_measured;

/* pthread_once's routine for razor_alloc_find_new.  dladdr1 walks the
 * whole symbol table of the library (libstdc++'s: about 160,000
 * instructions a call), so a run that never samples never pays it. */
static void measure_new(void) {
  for (int i = 0; i < 2; i++) {
    Dl_info info;
    const ElfW(Sym) *sym = NULL;
    if (new_fn[i] &&
        dladdr1(new_fn[i], &info, (void **)&sym, RTLD_DL_SYMENT) && sym &&
        sym->st_size) {
      new_range[i][0] = (uintptr_t)new_fn[i];
      new_range[i][1] = (uintptr_t)new_fn[i] + sym->st_size;
    }
  }
  __atomic_store_n(&razor_new_measured, 1, __ATOMIC_RELEASE);
}

void razor_alloc_measure_new(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, measure_new);
}

unsigned razor_alloc_kind_of(const void *ret, unsigned kind) {
  uintptr_t r = (uintptr_t)ret;
  if (kind == RAZOR_KIND_malloc)
    for (int i = 0; i < 2; i++)
      if (r - new_range[i][0] < new_range[i][1] - new_range[i][0])
        return i ? RAZOR_KIND__Znam : RAZOR_KIND__Znwm;
  return kind;
}

/* What the dynamic loader allocates while a probe runs (loading libgcc_s
 * at the first pthread_exit, a lazily bound library) is its own
 * bookkeeping for the process's lifetime, never the caller's. */
int razor_alloc_from_loader(const void *ret) {
  return in_module(&loader, ret);
}

/* glibc's libc.so, found at its first use (the allocator's look-up). */
static const struct module_range *glibc(void) {
  RAZOR_RESIDENT_DATA static const char name[] = "/libc.so.";
  static struct module_range libc = {name, 0, 0, 0};
  if (!libc.lo)
    dl_iterate_phdr(find_module, &libc);
  return &libc;
}

/* glibc's first symbol version on this architecture (see winner_fn). */
#if defined(__GLIBC__) && defined(__x86_64__)
#define RAZOR_GLIBC_BASE_VERSION "GLIBC_2.2.5"
#elif defined(__GLIBC__) && defined(__aarch64__)
#define RAZOR_GLIBC_BASE_VERSION "GLIBC_2.17"
#endif

/* The function NAME that calls should reach: the process's own definition
 * when it is not the runtime's (a sanitizer's, or an allocator linked into
 * the executable won), else the next one after the runtime (libc's or a
 * shared allocator's).  SELF is the runtime's local definition. */
RAZOR_RESIDENT static void *winner_fn(const char *name, void *self,
                                      void *linked, int *foreign) {
  /* Without dynamic linking (a static executable) dlsym finds nothing:
   * the definition the link chose is the process's (libc.a's malloc is
   * strong there, and wins over the runtime's weak one). */
  void *def = dlsym(RTLD_DEFAULT, name);
  if (!def && !dlsym(RTLD_DEFAULT, RAZOR_RESIDENT_STR("dlsym")))
    def = linked;
#ifdef RAZOR_GLIBC_BASE_VERSION
  /* libc and programs bind malloc and friends at glibc's first symbol
   * version, which an allocator may define alone, as a hidden version that
   * plain dlsym skips (glibc's own libc_malloc_debug.so, preloaded for
   * MALLOC_CHECK_).  Asked for that version, the lookup passes over the
   * runtime's own definitions and finds libc's unless such an allocator
   * comes first. */
  void *vdef = dlvsym(RTLD_DEFAULT, name,
                       RAZOR_RESIDENT_STR(RAZOR_GLIBC_BASE_VERSION));
  if (vdef && vdef != self && glibc()->lo && !in_module(glibc(), vdef))
    def = vdef;
#endif
  if (def && def != self) {
    *foreign = 1;
    return def;
  }
  return razor_next_libc(name, NULL);
}

/* See razor_alloc.h. */
RAZOR_RESIDENT void *razor_next_libc(const char *name, void *fallback) {
  void *f = dlsym(RTLD_NEXT, name);
  return f ? f : fallback;
}

/* Set when another free() won over the runtime's: frees made outside
 * instrumented code reach the runtime only through the sanitizer hook. */
RAZOR_RESIDENT_VAR static int free_foreign, free_hooked;
/* Set when the free that won is libc's own: the runtime was loaded after
 * libc (by an instrumented library, not by the program's link line). */
RAZOR_RESIDENT_VAR static int free_libc;


RAZOR_RESIDENT int razor_alloc_free_foreign(void) {
  return free_foreign && !free_hooked;
}

void razor_alloc_hooked(void) {
  free_hooked = 1;
}

/* Block headers (razor_record.h): on or off for the whole run, decided
 * with the allocator below; the tag's key comes from the kernel's random
 * bytes for the process (AT_RANDOM). */
RAZOR_RESIDENT_VAR int razor_headers;
RAZOR_RESIDENT_VAR uint64_t razor_hdr_key;
RAZOR_RESIDENT_VAR static size_t (*next_usable)(void *);

/* True under a Valgrind tool that replaces malloc (memcheck, helgrind,
 * drd, massif, dhat): reading in front of its blocks is an error there.
 * Its preloaded libraries say so; the core one alone does not. */
static int under_valgrind_malloc(void) {
  const char *s = getenv(RAZOR_RESIDENT_STR("LD_PRELOAD"));
  while (s && (s = strstr(s, RAZOR_RESIDENT_STR("vgpreload_"))) != NULL) {
    s += sizeof "vgpreload_" - 1;
    if (strncmp(s, RAZOR_RESIDENT_STR("core"), 4) != 0)
      return 1;
  }
  return 0;
}

/* Headers need the runtime's malloc, calloc, free and realloc to be the
 * process's and glibc's behind them (M, C, F, R), whose chunks always have
 * 16 mapped bytes in front. */
static void choose_headers(malloc_fn *m, calloc_fn *c, free_fn *f,
                           realloc_fn *r) {
  const uint64_t *rnd = (const uint64_t *)getauxval(AT_RANDOM);
  const struct module_range *g = glibc();
  next_usable = (size_t(*)(void *))razor_next_libc(
      RAZOR_RESIDENT_STR("malloc_usable_size"),
      (void *)__malloc_usable_size);
  if (!rnd || !next_usable || under_valgrind_malloc() || !g->lo ||
      !in_module(g, (void *)m) || !in_module(g, (void *)c) ||
      !in_module(g, (void *)f) || !in_module(g, (void *)r) ||
      !in_module(g, (void *)next_usable))
    return;
  razor_hdr_key = rnd[0] ^ rnd[1];
  __atomic_store_n(&razor_headers, 1, __ATOMIC_RELEASE);
}

/* Resolves the next malloc, calloc, free and realloc once.  dlsym may
 * itself allocate or free while it runs: the per-thread `resolving` flag
 * sends those to the bootstrap buffer or drops them (a tiny leak) instead
 * of recursing.  Returns 1 when they are known. */
static __thread int resolving __attribute__((tls_model("initial-exec")));

RAZOR_RESIDENT int razor_alloc_resolve(void) {
  if (__atomic_load_n(&__razor_next_free, __ATOMIC_ACQUIRE) != razor_free_first &&
      __atomic_load_n(&__razor_next_realloc, __ATOMIC_ACQUIRE) !=
          razor_realloc_first)
    return 1;
  if (resolving)
    return 0;
  resolving = 1;
  int foreign = 0, ignored = 0;
  malloc_fn *m = (malloc_fn *)winner_fn(RAZOR_RESIDENT_STR("malloc"),
                                        (void *)razor_malloc_impl,
                                        (void *)malloc, &ignored);
  calloc_fn *c = (calloc_fn *)winner_fn(RAZOR_RESIDENT_STR("calloc"),
                                        (void *)razor_calloc_impl,
                                        (void *)calloc, &ignored);
  free_fn *f = (free_fn *)winner_fn(RAZOR_RESIDENT_STR("free"),
                                    (void *)razor_free_impl, (void *)free,
                                    &foreign);
  realloc_fn *r = (realloc_fn *)winner_fn(RAZOR_RESIDENT_STR("realloc"),
                                          (void *)razor_realloc_impl,
                                          (void *)realloc, &foreign);
  if (!m)
    m = __libc_malloc;
  if (!c)
    c = __libc_calloc;
  if (!f)
    f = __libc_free;
  if (!r)
    r = __libc_realloc;
  if (m)
    __atomic_store_n(&__razor_next_malloc, m, __ATOMIC_RELEASE);
  if (c)
    __atomic_store_n(&__razor_next_calloc, c, __ATOMIC_RELEASE);
  free_foreign = foreign;
  free_libc = foreign && f && glibc()->lo && in_module(glibc(), (void *)f);
  if (!foreign && m && c && f && r)
    choose_headers(m, c, f, r);
  if (f && r) {
    __atomic_store_n(&__razor_next_realloc, r, __ATOMIC_RELEASE);
    __atomic_store_n(&__razor_next_free, f, __ATOMIC_RELEASE);
  }
  if (m && c && f && r)
    razor_interpose_resolved();
  resolving = 0;
  return f && r;
}

RAZOR_RESIDENT void *razor_malloc_first(size_t n) {
  malloc_fn *m;
  if (razor_alloc_resolve() &&
      (m = __atomic_load_n(&__razor_next_malloc, __ATOMIC_ACQUIRE)) !=
          razor_malloc_first)
    return m(n);
  return boot_alloc(n);
}

void *razor_calloc_first(size_t n, size_t sz) {
  calloc_fn *c;
  size_t bytes;
  if (razor_alloc_resolve() &&
      (c = __atomic_load_n(&__razor_next_calloc, __ATOMIC_ACQUIRE)) !=
          razor_calloc_first)
    return c(n, sz);
  return __builtin_mul_overflow(n, sz, &bytes) ? NULL : boot_alloc(bytes);
}

/* A pointer freed while free() is being looked up is dropped. */
void razor_free_first(void *p) {
  if (!razor_alloc_is_boot(p) && razor_alloc_resolve())
    __atomic_load_n(&__razor_next_free, __ATOMIC_ACQUIRE)(p);
}

void *razor_realloc_first(void *p, size_t n) {
  if (razor_alloc_resolve())
    return __atomic_load_n(&__razor_next_realloc, __ATOMIC_ACQUIRE)(p, n);
  errno = ENOMEM;
  return NULL;
}

/* Says once, when the first sample starts, that frees made outside
 * instrumented code cannot be seen (another free() won and no sanitizer
 * hook reports them).  When that free is libc's own, the program was linked
 * without the runtime: the line says how to put it first. */
void razor_alloc_note_first_sample(void) {
  static atomic_int said;
  if (!free_foreign || free_hooked || atomic_exchange(&said, 1))
    return;
  Dl_info info;
  char path[4096];
  if (free_libc && dladdr((void *)razor_alloc_note_first_sample, &info) &&
      info.dli_fname && realpath(info.dli_fname, path))
    fprintf(stderr,
            "razortrace: the process's malloc and free are libc's, not "
            "razortrace's (the program was linked without -lrazortrace): "
            "allocations and frees outside instrumented code are not seen; "
            "link the program with -lrazortrace, or run it with "
            "LD_PRELOAD=%s\n",
            path);
  else
    fprintf(stderr, "razortrace: another free() takes precedence over the "
                    "runtime's; frees outside instrumented code are not "
                    "seen\n");
}

/* Calls the next free() (never the runtime's own).  A bootstrap block is
 * dropped. */
void razor_real_free(void *p) {
  if (RAZOR_UNLIKELY(razor_alloc_is_boot(p)))
    return;
  __atomic_load_n(&__razor_next_free, __ATOMIC_ACQUIRE)(p);
}

/* Calls the next realloc().  NULL (errno ENOMEM) when it cannot be found.
 * A bootstrap block moves to a real one. */
void *razor_real_realloc(void *p, size_t n) {
  if (RAZOR_UNLIKELY(razor_alloc_is_boot(p))) {
    void *q = razor_real_malloc(n);
    size_t room = (size_t)(boot_buf + sizeof boot_buf - (char *)p);
    if (q)
      memcpy(q, p, n < room ? n : room);
    return q;
  }
  return __atomic_load_n(&__razor_next_realloc, __ATOMIC_ACQUIRE)(p, n);
}

/* The next malloc_usable_size (see razor_alloc.h). */
size_t (*razor_real_usable(void))(void *) {
  if (!next_usable) {
    razor_alloc_resolve();
    if (!next_usable)
      next_usable = (size_t(*)(void *))razor_next_libc(
          RAZOR_RESIDENT_STR("malloc_usable_size"),
          (void *)__malloc_usable_size);
  }
  return next_usable;
}
