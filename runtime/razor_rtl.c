/* razor_rtl.c - start-up and every entry point: the __razor_* hooks the
 * plugin calls, the weak replacements of free/realloc/reallocarray, exit and
 * the setenv family, and the C API of razortrace.h.  Entry points make sure
 * the runtime is initialised, capture the context and delegate. */
#include <dlfcn.h>
#include <link.h>
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

#include "razor_internal.h"

/* Set when RAZOR_OPTIONS was bad: nothing samples, nothing reports. */
atomic_int razor_disabled;

/* ---- the next definitions of what the runtime replaces ---- */

typedef void *malloc_fn(size_t);
typedef void *calloc_fn(size_t, size_t);
typedef void free_fn(void *);
typedef void *realloc_fn(void *, size_t);
typedef void exit_fn(int);
typedef int setenv_fn(const char *, const char *, int);
typedef int unsetenv_fn(const char *);
typedef int putenv_fn(char *);
typedef int clearenv_fn(void);

extern void *__libc_malloc(size_t) __attribute__((weak));
extern void *__libc_calloc(size_t, size_t) __attribute__((weak));
extern void __libc_free(void *) __attribute__((weak));
extern void *__libc_realloc(void *, size_t) __attribute__((weak));

static void *next_fn(const char *name) {
  return dlsym(RTLD_NEXT, name);
}

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

static inline int is_boot(const void *p) {
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

static int find_module(struct dl_phdr_info *info, size_t size, void *arg) {
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
static struct module_range loader = {"/ld-linux", PF_X, 0, 0};

/* glibc's libc.so, found at its first use (the allocator's look-up). */
static const struct module_range *glibc(void) {
  static struct module_range libc = {"/libc.so.", 0, 0, 0};
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
static void *winner_fn(const char *name, void *self, int *foreign) {
  void *def = dlsym(RTLD_DEFAULT, name);
#ifdef RAZOR_GLIBC_BASE_VERSION
  /* libc and programs bind malloc and friends at glibc's first symbol
   * version, which an allocator may define alone, as a hidden version that
   * plain dlsym skips (glibc's own libc_malloc_debug.so, preloaded for
   * MALLOC_CHECK_).  Asked for that version, the lookup passes over the
   * runtime's own definitions and finds libc's unless such an allocator
   * comes first. */
  void *vdef = dlvsym(RTLD_DEFAULT, name, RAZOR_GLIBC_BASE_VERSION);
  if (vdef && vdef != self && glibc()->lo && !in_module(glibc(), vdef))
    def = vdef;
#endif
  if (def && def != self) {
    *foreign = 1;
    return def;
  }
  return dlsym(RTLD_NEXT, name);
}

/* Set when another free() won over the runtime's: frees made outside
 * instrumented code reach the runtime only through the sanitizer hook. */
static int free_foreign, free_hooked;

/* ASan/LSan/TSan/MSan call these hooks on every allocation and free. */
extern int __sanitizer_install_malloc_and_free_hooks(
    void (*malloc_hook)(const volatile void *, size_t),
    void (*free_hook)(const volatile void *)) __attribute__((weak));

extern void __sanitizer_set_death_callback(void (*callback)(void))
    __attribute__((weak));

/* Under a sanitizer its malloc is the process's: what code built without
 * the plugin allocates (libstdc++'s std::string, libc's getline) reaches the
 * runtime through this hook, as through the runtime's own malloc
 * otherwise.  A block that an instrumented hook then records at its own
 * site simply replaces this record. */
static void sanitizer_malloc_hook(const volatile void *p, size_t n) {
  if (RAZOR_UNLIKELY(__razor_sampling) && __razor_callsite)
    razor_track_foreign((void *)p, n, RAZOR_KIND_malloc, NULL);
}

static void sanitizer_free_hook(const volatile void *p) {
  razor_forget((void *)p);
}

/* Block headers (razor_internal.h): on or off for the whole run, decided
 * with the allocator below; the tag's key comes from the kernel's random
 * bytes for the process (AT_RANDOM). */
int razor_headers;
uint64_t razor_hdr_key;
static size_t (*next_usable)(void *);

/* True under a Valgrind tool that replaces malloc (memcheck, helgrind,
 * drd, massif, dhat): reading in front of its blocks is an error there.
 * Its preloaded libraries say so; the core one alone does not. */
static int under_valgrind_malloc(void) {
  const char *s = getenv("LD_PRELOAD");
  while (s && (s = strstr(s, "vgpreload_")) != NULL) {
    s += strlen("vgpreload_");
    if (strncmp(s, "core", 4) != 0)
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
  next_usable = (size_t(*)(void *))dlsym(RTLD_NEXT, "malloc_usable_size");
  if (!rnd || !next_usable || under_valgrind_malloc() || !g->lo ||
      !in_module(g, (void *)m) || !in_module(g, (void *)c) ||
      !in_module(g, (void *)f) || !in_module(g, (void *)r) ||
      !in_module(g, (void *)next_usable))
    return;
  razor_hdr_key = rnd[0] ^ rnd[1];
  __atomic_store_n(&razor_headers, 1, __ATOMIC_RELEASE);
}

/* The memory given to glibc for Q, when Q is a block of ours already
 * released (a program's double free, or realloc after free).  At q - 8 a
 * block of glibc's own, live or released, keeps its chunk's size (under
 * 2^44).  One of ours released has there glibc's tcache key (a random
 * word: it went to the tcache), a link of glibc's bins (a pointer; on
 * x86-64 the heap and libc lie above 2^44 unless the executable is not
 * position-independent), or the runtime's freed mark (glibc wrote nothing
 * there: a fast bin, or merged into a free neighbour): all 2^44 or more,
 * but for a random key once in 2^20 runs.  glibc then sees the same memory twice and
 * says so as it would without razortrace ("free(): double free detected in
 * tcache 2").  Otherwise glibc gets Q and aborts with another message. */
static inline void *hdr_freed(void *q) {
  uintptr_t a = (uintptr_t)q;
  if (!razor_headers || (a & 15) || a < 4096 || (a >> 63))
    return q;
  uint64_t *h = (uint64_t *)a - 2;
  uint64_t w = __atomic_load_n(&h[1], __ATOMIC_RELAXED);
  return w >> 44 ? h : q;
}

/* Resolves the next malloc, calloc, free and realloc once.  dlsym may
 * itself allocate or free while it runs: the per-thread `resolving` flag
 * sends those to the bootstrap buffer or drops them (a tiny leak) instead
 * of recursing.  Returns 1 when they are known. */
static int resolve_heap(void) {
  struct razor_tls *t = &razor_tls;
  if (__atomic_load_n(&__razor_next_free, __ATOMIC_ACQUIRE) != razor_free_first &&
      __atomic_load_n(&__razor_next_realloc, __ATOMIC_ACQUIRE) !=
          razor_realloc_first)
    return 1;
  if (t->resolving)
    return 0;
  t->resolving = 1;
  int foreign = 0, ignored = 0;
  malloc_fn *m = (malloc_fn *)winner_fn("malloc", (void *)razor_malloc_impl,
                                        &ignored);
  calloc_fn *c = (calloc_fn *)winner_fn("calloc", (void *)razor_calloc_impl,
                                        &ignored);
  free_fn *f = (free_fn *)winner_fn("free", (void *)razor_free_impl, &foreign);
  realloc_fn *r = (realloc_fn *)winner_fn(
      "realloc", (void *)razor_realloc_impl, &foreign);
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
  if (foreign && __sanitizer_install_malloc_and_free_hooks)
    free_hooked = __sanitizer_install_malloc_and_free_hooks(
        sanitizer_malloc_hook, sanitizer_free_hook) != 0;
  free_foreign = foreign;
  if (!foreign && m && c && f && r)
    choose_headers(m, c, f, r);
  if (f && r) {
    __atomic_store_n(&__razor_next_realloc, r, __ATOMIC_RELEASE);
    __atomic_store_n(&__razor_next_free, f, __ATOMIC_RELEASE);
  }
  if (m && c && f && r)
    razor_interpose_resolved();
  t->resolving = 0;
  return f && r;
}

void *razor_malloc_first(size_t n) {
  malloc_fn *m;
  if (resolve_heap() &&
      (m = __atomic_load_n(&__razor_next_malloc, __ATOMIC_ACQUIRE)) !=
          razor_malloc_first)
    return m(n);
  return boot_alloc(n);
}

void *razor_calloc_first(size_t n, size_t sz) {
  calloc_fn *c;
  size_t bytes;
  if (resolve_heap() &&
      (c = __atomic_load_n(&__razor_next_calloc, __ATOMIC_ACQUIRE)) !=
          razor_calloc_first)
    return c(n, sz);
  return __builtin_mul_overflow(n, sz, &bytes) ? NULL : boot_alloc(bytes);
}

/* A pointer freed while free() is being looked up is dropped. */
void razor_free_first(void *p) {
  if (!is_boot(p) && resolve_heap())
    __atomic_load_n(&__razor_next_free, __ATOMIC_ACQUIRE)(p);
}

void *razor_realloc_first(void *p, size_t n) {
  if (resolve_heap())
    return __atomic_load_n(&__razor_next_realloc, __ATOMIC_ACQUIRE)(p, n);
  errno = ENOMEM;
  return NULL;
}

/* Says once, when the first sample starts, that frees made outside
 * instrumented code cannot be seen (another free() won and no sanitizer
 * hook reports them). */
void razor_note_first_sample(void) {
  static atomic_int said;
  if (free_foreign && !free_hooked && !atomic_exchange(&said, 1))
    fprintf(stderr, "razortrace: another free() takes precedence over the "
                    "runtime's; frees outside instrumented code are not "
                    "seen\n");
}

/* Calls the next malloc() (never the runtime's own). */
void *razor_real_malloc(size_t n) {
  return __atomic_load_n(&__razor_next_malloc, __ATOMIC_ACQUIRE)(n);
}

/* Calls the next calloc(). */
void *razor_real_calloc(size_t n, size_t sz) {
  return __atomic_load_n(&__razor_next_calloc, __ATOMIC_ACQUIRE)(n, sz);
}

/* Calls the next free() (never the runtime's own).  A bootstrap block is
 * dropped. */
void razor_real_free(void *p) {
  if (RAZOR_UNLIKELY(is_boot(p)))
    return;
  __atomic_load_n(&__razor_next_free, __ATOMIC_ACQUIRE)(p);
}

/* Calls the next realloc().  NULL (errno ENOMEM) when it cannot be found.
 * A bootstrap block moves to a real one. */
void *razor_real_realloc(void *p, size_t n) {
  if (RAZOR_UNLIKELY(is_boot(p))) {
    void *q = razor_real_malloc(n);
    size_t room = (size_t)(boot_buf + sizeof boot_buf - (char *)p);
    if (q)
      memcpy(q, p, n < room ? n : room);
    return q;
  }
  return __atomic_load_n(&__razor_next_realloc, __ATOMIC_ACQUIRE)(p, n);
}

/* ---- block headers (razor_internal.h) ---- */

/* N bytes with a header (no record yet); as the next malloc gives them
 * when N is too large for one. */
static void *hdr_alloc(size_t n) {
  if (!razor_hdr_fits(n))
    return razor_real_malloc(n);
  uint64_t *h = razor_real_malloc(razor_hdr_bytes(n));
  return h ? razor_hdr_init(h) : NULL;
}

int razor_hdr_block(const void *q, const uint64_t *h, struct razor_block *b) {
  uint64_t info = h[1];
  b->ctx = razor_hdr_ctx(info);
  if (!b->ctx)
    return 0;
  b->ptr = (uintptr_t)q;
  b->size = razor_hdr_size(info);
  b->serial = (uint16_t)h[0];
  razor_ctx_get(b->ctx, &b->set, &b->site);
  return 1;
}

/* realloc of Q (header H) to N bytes (not 0: callers release instead).
 * The result has a header too while N is small enough for one (*STILL
 * set), its record left as it was (the caller changes it); a larger one is
 * a plain block of glibc's with Q's bytes, Q released (the caller records
 * it in the table).  NULL with Q intact when it fails. */
static void *hdr_realloc(void *q, uint64_t *h, size_t n, int *still) {
  *still = n <= RAZOR_HDR_MAX_SIZE;
  if (!*still) {
    void *p = razor_real_malloc(n);
    if (!p)
      return NULL;
    size_t old = next_usable(h) - RAZOR_HDR_BYTES;
    memcpy(p, q, old < n ? old : n);
    razor_hdr_give_back(h);
    return p;
  }
  uint64_t tag = h[0];
  h[0] = 0;
  uint64_t *nh = __atomic_load_n(&__razor_next_realloc, __ATOMIC_ACQUIRE)(
      h, razor_hdr_bytes(n));
  if (!nh) {
    h[0] = tag;
    return NULL;
  }
  void *nq = nh + 2;
  nh[0] = razor_hdr_tag((uintptr_t)nq) | (uint16_t)tag;
  return nq;
}

int razor_is_tracked(const void *ptr) {
  const uint64_t *h = razor_hdr_of(ptr);
  if (h)
    return razor_hdr_ctx(h[1]) != 0;
  return (__atomic_load_n(&__razor_tracking, __ATOMIC_RELAXED) &
          RAZOR_TRACKING_TABLE) &&
         razor_heap_contains((uintptr_t)ptr);
}

/* malloc_usable_size: a block of ours has 16 bytes fewer than its chunk. */
size_t razor_usable_impl(void *p) {
  uint64_t *h = razor_hdr_of(p);
  if (h)
    return next_usable(h) - RAZOR_HDR_BYTES;
  if (!next_usable) {
    resolve_heap();
    if (!next_usable)
      next_usable = (size_t(*)(void *))dlsym(RTLD_NEXT, "malloc_usable_size");
  }
  return p && !is_boot(p) && next_usable ? next_usable(p) : 0;
}
RAZOR_EXPORT __attribute__((weak, alias("razor_usable_impl"))) size_t
malloc_usable_size(void *p);

/* ---- initialisation ---- */

static atomic_int init_state; /* 0 never, 1 running, 2 done */
static __thread int init_running;

static int report_pipe[2] = {-1, -1};

/* Set by the signal, cleared by whoever writes that report: the report
 * thread, or the exit report when the program ends first. */
static atomic_int signal_report_pending;

static void on_report_signal(int sig) {
  (void)sig;
  int e = errno;
  char c = 1;
  atomic_store(&signal_report_pending, 1);
  if (report_pipe[1] >= 0 && write(report_pipe[1], &c, 1) < 0) {
  }
  errno = e;
}

/* The report_signal thread: a signal handler only writes one byte to a
 * pipe (async-signal-safe); this thread then writes the report in a normal
 * context, so the program can be anywhere when the signal arrives. */
static void *report_thread(void *arg) {
  (void)arg;
  sigset_t all;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, NULL);
  char c;
  for (;;) {
    ssize_t r = read(report_pipe[0], &c, 1);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0)
      return NULL;
    if (atomic_exchange(&signal_report_pending, 0))
      razor_report_write(NULL, NULL, RAZOR_RK_API);
  }
}

static void setup_report_signal(void) {
  if (pipe2(report_pipe, O_CLOEXEC)) {
    fprintf(stderr, "razortrace: report_signal: cannot create a pipe\n");
    return;
  }
  pthread_t th;
  pthread_attr_t a;
  pthread_attr_init(&a);
  pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
  if (pthread_create(&th, &a, report_thread, NULL)) {
    fprintf(stderr, "razortrace: report_signal: cannot start its thread\n");
    pthread_attr_destroy(&a);
    return;
  }
  pthread_attr_destroy(&a);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_report_signal;
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  sigaction(razor_flags.signo, &sa, NULL);
}

/* The exit report: registered with atexit from the earliest constructor,
 * so it runs after the program's static destructors. */
/* Set once the exit report ran: modules unloaded after it need no copies. */
static atomic_int exit_reported;

static void exit_report(void) {
  /* At exit, or from a sanitizer's death callback: once. */
  if (atomic_load(&razor_disabled) || atomic_exchange(&exit_reported, 1))
    return;
  /* A report_signal that arrived just before the end is not lost. */
  if (atomic_exchange(&signal_report_pending, 0))
    razor_report_write(NULL, NULL, RAZOR_RK_API);
  razor_close_all(); /* probes left open by a longjmp out of them */
  int findings;
  if (razor_flags.mode == RAZOR_REPORT_EXIT)
    findings = razor_report_write(NULL, NULL, RAZOR_RK_EXIT);
  else
    findings = razor_flags.exitcode
                   ? razor_report_write(NULL, NULL, RAZOR_RK_COUNT)
                   : 0;
  if (findings > 0 && razor_flags.exitcode) {
    fflush(NULL);
    _exit(razor_flags.exitcode);
  }
}

/* Fork handlers: every runtime lock is held across fork() (report lock
 * first, then probes', the arena's and the pointer table's), so the child
 * never inherits one held by a thread that does not exist there. */
static void fork_prepare(void) {
  razor_report_fork_lock(1);
  razor_probe_fork_lock(1);
  razor_heap_fork_lock(1);
}

static void fork_parent(void) {
  razor_heap_fork_lock(0);
  razor_probe_fork_lock(0);
  razor_report_fork_lock(0);
}

static void fork_child(void) {
  fork_parent();
  razor_flags_after_fork();
}

static void do_init(void) {
  resolve_heap();
  dl_iterate_phdr(find_module, &loader);
  if (razor_flags_init(getenv("RAZOR_OPTIONS"))) {
    atomic_store(&razor_disabled, 1);
    return;
  }
  if (razor_flags.signo)
    setup_report_signal();
  pthread_atfork(fork_prepare, fork_parent, fork_child);
  atexit(exit_report);
  /* A sanitizer that ends the process itself (LeakSanitizer's check at
   * exit, which runs before this report) calls this first. */
  if (__sanitizer_set_death_callback)
    __sanitizer_set_death_callback(exit_report);
}

/* Makes sure RAZOR_OPTIONS was read and the exit report registered.  Runs
 * once; cheap afterwards; a nested call during initialisation returns. */
void razor_ensure_init(void) {
  if (RAZOR_LIKELY(atomic_load_explicit(&init_state, memory_order_acquire) ==
                   2))
    return;
  if (init_running)
    return;
  int expected = 0;
  if (atomic_compare_exchange_strong(&init_state, &expected, 1)) {
    init_running = 1;
    do_init();
    init_running = 0;
    atomic_store_explicit(&init_state, 2, memory_order_release);
    return;
  }
  while (atomic_load_explicit(&init_state, memory_order_acquire) != 2)
    sched_yield();
}

__attribute__((constructor(101))) static void razor_early_init(void) {
  razor_ensure_init();
}

/* ---- module registration and probes (called by compiled code) ---- */

/* Registers a module's sites and probes (either range may be empty or
 * NULL).  Idempotent. */
RAZOR_EXPORT void __razor_module_init_v1(struct razor_site *sites_begin,
                                         struct razor_site *sites_end,
                                         struct razor_probe_desc *probes_begin,
                                         struct razor_probe_desc *probes_end) {
  razor_ensure_init();
  for (struct razor_site *s = sites_begin; s && s < sites_end; s++)
    razor_site_register(s);
  for (struct razor_probe_desc *d = probes_begin; d && d < probes_end; d++)
    razor_probe_of(d);
}

/* Called by each module's destructor with the bounds it registered: at
 * dlclose the runtime keeps copies of what its reports need.  Idempotent. */
RAZOR_EXPORT void __razor_module_fini_v1(struct razor_site *sites_begin,
                                         struct razor_site *sites_end,
                                         struct razor_probe_desc *probes_begin,
                                         struct razor_probe_desc *probes_end) {
  if (atomic_load(&init_state) != 2 || atomic_load(&exit_reported))
    return;
  razor_module_fini(sites_begin, sites_end, probes_begin, probes_end);
}

/* Entry of a probe function.  Returns the token for __razor_probe_exit, 0
 * when this activation is not sampled. */
RAZOR_EXPORT uint32_t __razor_probe_enter(struct razor_probe_desc *probe,
                                          void *frame) {
  razor_ensure_init();
  if (!probe)
    return 0;
  return razor_enter(razor_probe_of(probe), frame, 0);
}

/* Every way out of a probe function.  Token 0 returns at once. */
RAZOR_EXPORT void __razor_probe_exit(struct razor_probe_desc *probe,
                                     uint32_t token) {
  if (!token || !probe)
    return;
  razor_exit(__atomic_load_n(&probe->state, __ATOMIC_ACQUIRE), token, 0);
}

/* ---- allocation hooks: call the real function, then track if sampling */

/* N bytes from the next malloc; with a header while this thread samples. */
static inline void *alloc_for(size_t n) {
  return RAZOR_UNLIKELY(__razor_sampling) && razor_headers
             ? hdr_alloc(n)
             : razor_real_malloc(n);
}

/* True while this thread samples and blocks of N bytes get headers. */
static inline int headed(size_t n) {
  return RAZOR_UNLIKELY(__razor_sampling) && razor_headers &&
         razor_hdr_fits(n);
}

/* Hook for malloc(N) at SITE.  Returns malloc's result. */
RAZOR_EXPORT void *__razor_malloc(size_t n, struct razor_site *site) {
  if (headed(n))
    return razor_hdr_track(razor_real_malloc(razor_hdr_bytes(n)), n, site);
  void *p = razor_real_malloc(n);
  razor_track_sampled(p, n, site);
  return p;
}

/* Hook for calloc(N, SZ) at SITE. */
RAZOR_EXPORT void *__razor_calloc(size_t n, size_t sz,
                                  struct razor_site *site) {
  size_t bytes;
  if (!__builtin_mul_overflow(n, sz, &bytes) && headed(bytes))
    return razor_hdr_track(razor_real_calloc(1, razor_hdr_bytes(bytes)),
                           bytes, site);
  void *p = razor_real_calloc(n, sz);
  razor_track_sampled(p, (uint64_t)n * sz, site);
  return p;
}

/* Hook for strdup(S) at SITE. */
RAZOR_EXPORT char *__razor_strdup(const char *s, struct razor_site *site) {
  size_t n = strlen(s) + 1;
  if (headed(n)) {
    uint64_t *h = razor_real_malloc(razor_hdr_bytes(n));
    if (!h) {
      errno = ENOMEM;
      return NULL;
    }
    memcpy(h + 2, s, n);
    return razor_hdr_track(h, n, site);
  }
  char *p = razor_real_malloc(n);
  if (p)
    memcpy(p, s, n);
  else
    errno = ENOMEM;
  razor_track_sampled(p, n, site);
  return p;
}

/* Hook for strndup(S, N) at SITE. */
RAZOR_EXPORT char *__razor_strndup(const char *s, size_t n,
                                   struct razor_site *site) {
  size_t len = strnlen(s, n);
  char *p = alloc_for(len + 1);
  if (p) {
    memcpy(p, s, len);
    p[len] = '\0';
  } else {
    errno = ENOMEM;
  }
  razor_track_sampled(p, len + 1, site);
  return p;
}

/* Hook for aligned_alloc(AL, N) at SITE. */
RAZOR_EXPORT void *__razor_aligned_alloc(size_t al, size_t n,
                                         struct razor_site *site) {
  void *p = aligned_alloc(al, n);
  razor_track_sampled(p, n, site);
  return p;
}

/* Hook for posix_memalign(PP, AL, N) at SITE.  Returns its result. */
RAZOR_EXPORT int __razor_posix_memalign(void **pp, size_t al, size_t n,
                                        struct razor_site *site) {
  int r = posix_memalign(pp, al, n);
  if (r == 0)
    razor_track_sampled(*pp, n, site);
  return r;
}

/* Hook for memalign(AL, N) at SITE. */
RAZOR_EXPORT void *__razor_memalign(size_t al, size_t n,
                                    struct razor_site *site) {
  void *p = memalign(al, n);
  razor_track_sampled(p, n, site);
  return p;
}

/* Hook for valloc(N) at SITE. */
RAZOR_EXPORT void *__razor_valloc(size_t n, struct razor_site *site) {
  void *p = valloc(n);
  razor_track_sampled(p, n, site);
  return p;
}

/* ---- release and resize, traced or not ---- */

/* realloc of a block of ours (Q, header H) to N bytes keeping its
 * record, with the size changed by the delta.  N == 0 frees (as glibc's
 * realloc does); on failure Q stays as it was. */
static void *hdr_realloc_keep(void *q, uint64_t *h, size_t n) {
  struct razor_tls *t = &razor_tls;
  struct razor_block b;
  if (n == 0) {
    razor_hdr_free(h);
    return NULL;
  }
  int had = razor_hdr_block(q, h, &b), still;
  void *nq = hdr_realloc(q, h, n, &still);
  /* Inside the runtime already (a signal handler's realloc): the record
   * keeps its old size, which its release then takes off again (a block
   * that left its header keeps counting). */
  if (nq && had && !t->guard) {
    struct razor_block old;
    t->guard = 1;
    razor_account(&b, (int64_t)n - (int64_t)b.size, 0);
    b.ptr = (uintptr_t)nq;
    b.size = n;
    if (still) {
      razor_hdr_set((uint64_t *)nq - 2, &b);
    } else {
      int r = razor_heap_insert(&b, &old, 0);
      if (r == 1)
        razor_account(&old, -(int64_t)old.size, -1);
      else if (r < 0)
        razor_account(&b, -(int64_t)n, -1);
    }
    t->guard = 0;
  }
  return nq;
}

/* realloc of P to N bytes keeping P's attribution (site and probe set):
 * the size changes by the delta, the entry moves to the new address; N == 0
 * frees; on failure the old entry stays.  realloc(NULL, N) is malloc(N). */
static void *realloc_keep(void *p, size_t n) {
  uint64_t *h = razor_hdr_of(p);
  if (h)
    return hdr_realloc_keep(p, h, n);
  if (!p)
    return alloc_for(n);
  if (!(__atomic_load_n(&__razor_tracking, __ATOMIC_RELAXED) &
        RAZOR_TRACKING_TABLE) ||
      razor_tls.guard)
    return razor_real_realloc(hdr_freed(p), n);
  if (n == 0) {
    razor_track_free(p);
    return razor_real_realloc(p, n);
  }
  razor_tls.guard = 1; /* see razor_track_free */
  struct razor_block b, old;
  int had = razor_heap_remove((uintptr_t)p, &b);
  void *q = razor_real_realloc(had ? p : hdr_freed(p), n);
  if (had && !q) {
    if (razor_heap_insert(&b, &old, 0) < 0)
      razor_account(&b, -(int64_t)b.size, -1);
  } else if (had) {
    razor_account(&b, (int64_t)n - (int64_t)b.size, 0);
    b.ptr = (uintptr_t)q;
    b.size = n;
    int r = razor_heap_insert(&b, &old, 0);
    if (r == 1)
      razor_account(&old, -(int64_t)old.size, -1);
    else if (r < 0)
      razor_account(&b, -(int64_t)n, -1);
  }
  razor_tls.guard = 0;
  return q;
}

/* realloc at SITE inside a sampled call: the result belongs to SITE and the
 * current probes; the old block's accounting is removed.  Inlined into its
 * hooks: the tracking call's caller is the hook. */
static inline __attribute__((always_inline)) void *
realloc_traced(void *p, size_t n, struct razor_site *site,
                            void *frame) {
  uint64_t *h = razor_hdr_of(p);
  void *q;
  if (n == 0 && p) {
    if (h) {
      razor_hdr_free(h);
      return NULL;
    }
    razor_forget(p);
    return razor_real_realloc(p, n);
  }
  int still;
  if (razor_tls.guard) /* see razor_track_free */
    return h ? hdr_realloc(p, h, n, &still)
             : razor_real_realloc(hdr_freed(p), n);
  struct razor_block b, old;
  if (h) {
    uint64_t info = h[1];
    razor_hdr_forget(h); /* the old record goes */
    q = hdr_realloc(p, h, n, &still);
    if (q && still) /* still with a header */
      return razor_hdr_track((uint64_t *)q - 2, n, site);
    if (q) {
      razor_track_alloc(q, n, site, frame);
      return q;
    }
    if (razor_hdr_ctx(info)) { /* P stays, and so does its record */
      razor_tls.guard = 1;
      h[1] = info;
      razor_hdr_block(p, h, &b);
      razor_account(&b, (int64_t)b.size, 1);
      razor_tls.guard = 0;
    }
    return NULL;
  }
  if (!p && headed(n))
    return razor_hdr_track(razor_real_malloc(razor_hdr_bytes(n)), n, site);
  /* A block the table may hold (or none): the result is not headed. */
  razor_tls.guard = 1;
  int had = p &&
            (__atomic_load_n(&__razor_tracking, __ATOMIC_RELAXED) &
             RAZOR_TRACKING_TABLE) &&
            razor_heap_remove((uintptr_t)p, &b);
  q = razor_real_realloc(had ? p : hdr_freed(p), n);
  if (!q && had && razor_heap_insert(&b, &old, 0) < 0)
    razor_account(&b, -(int64_t)b.size, -1);
  else if (q && had)
    razor_account(&b, -(int64_t)b.size, -1);
  razor_tls.guard = 0;
  if (q)
    razor_track_alloc(q, n, site, frame);
  return q;
}

/* Releases P: a block of ours through its header, any other after its
 * record in the table (if any) goes. */
static inline __attribute__((always_inline)) void release(void *p) {
  uint64_t *h = razor_hdr_of(p);
  if (h) {
    razor_hdr_free(h);
    return;
  }
  razor_forget_table(p);
  razor_real_free(hdr_freed(p));
}

/* __razor_free while a probe samples on this thread. */
__attribute__((noinline)) static void free_traced(void *p) {
  struct razor_tls *t = &razor_tls;
  /* A probe left by longjmp has a frame at or below this one. */
  if (t->depth && (uintptr_t)t->stack[t->depth - 1].frame <=
                      (uintptr_t)__builtin_frame_address(0))
    razor_reap_here();
  release(p);
}

/* Hook for free(P) at SITE. */
RAZOR_EXPORT void __razor_free(void *p, struct razor_site *site) {
  (void)site;
  if (RAZOR_UNLIKELY(__razor_sampling))
    return free_traced(p);
  razor_free_impl(p);
}

/* Hook for realloc(P, N) at SITE. */
RAZOR_EXPORT void *__razor_realloc(void *p, size_t n,
                                   struct razor_site *site) {
  if (RAZOR_UNLIKELY(__razor_sampling))
    return realloc_traced(p, n, site, NULL);
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

/* What the dynamic loader allocates while a probe runs (loading libgcc_s
 * at the first pthread_exit, a lazily bound library) is its own
 * bookkeeping for the process's lifetime, never the caller's. */
static inline int from_loader(const void *ret) {
  return in_module(&loader, ret);
}

/* A block that code built without the plugin allocated (libc's fopen,
 * getline or asprintf, libstdc++'s std::string, a third-party library)
 * while a probe samples on this thread: it is charged to the user's call
 * into that code, with the function called as "via". */
static inline void track_foreign(void *p, size_t n, unsigned kind) {
  if (RAZOR_UNLIKELY(__razor_sampling) && __razor_callsite &&
      !from_loader(__builtin_return_address(0)))
    razor_track_foreign(p, n, kind, NULL);
}

/* The slow paths of the process's malloc, calloc, free and realloc
 * (razor_interpose.c): a probe samples on this thread, or blocks may be
 * tracked.  Out of line, with frames of their own. */
/* Block H (N bytes and a header, NULL: none) allocated by code built
 * without the plugin while this thread samples, with function KIND:
 * given its header and recorded as track_foreign does.  Inlined: the
 * return address is the caller's of the process's malloc or calloc. */
static inline __attribute__((always_inline)) void *
hdr_foreign(uint64_t *h, size_t n, unsigned kind) {
  struct razor_site *site = __razor_callsite;
  if (!h)
    return NULL;
  if (site && !from_loader(__builtin_return_address(0)) &&
      razor_track_fresh(h, n, site, 1))
    return h + 2;
  void *q = razor_hdr_init(h);
  track_foreign(q, n, kind);
  return q;
}

__attribute__((noinline)) void *razor_malloc_slow(size_t n) {
  if (headed(n))
    return hdr_foreign(razor_real_malloc(razor_hdr_bytes(n)), n,
                       RAZOR_KIND_malloc);
  void *p = razor_real_malloc(n);
  track_foreign(p, n, RAZOR_KIND_malloc);
  return p;
}

__attribute__((noinline)) void *razor_calloc_slow(size_t n, size_t sz) {
  size_t bytes;
  if (!__builtin_mul_overflow(n, sz, &bytes) && headed(bytes))
    return hdr_foreign(razor_real_calloc(1, razor_hdr_bytes(bytes)), bytes,
                       RAZOR_KIND_calloc);
  void *p = razor_real_calloc(n, sz);
  track_foreign(p, (size_t)n * sz, RAZOR_KIND_calloc);
  return p;
}

__attribute__((noinline)) void razor_free_slow(void *p) {
  release(p);
}

/* Keeps a tracked block's attribution (libc's getline growing a buffer of
 * the user's), then forwards. */
__attribute__((noinline)) void *razor_realloc_slow(void *p, size_t n) {
  void *q = realloc_keep(p, n);
  if (!p)
    track_foreign(q, n, RAZOR_KIND_realloc);
  return q;
}

/* ---- exit() and the environment ---- */

/* Closes (samples) the calling thread's open probes, innermost first, then
 * forwards to the next exit.  Weak. */
RAZOR_EXPORT __attribute__((weak, noreturn)) void exit(int status) {
  razor_close_all();
  exit_fn *f = (exit_fn *)next_fn("exit");
  if (f)
    f(status);
  _exit(status);
}

static inline void env_changed(void) {
  atomic_fetch_add(&razor_env_gen, 1);
}

/* Defines the weak replacement of NAME(PARAMS) -> int: forwards to the next
 * definition, then tells the probes to re-read their triggers at their next
 * call.  ENOSYS when there is no next definition. */
#define ENV_WRAPPER(NAME, PARAMS, ARGS)                                        \
  RAZOR_EXPORT __attribute__((weak)) int NAME PARAMS {                         \
    static _Atomic(NAME##_fn *) next;                                          \
    NAME##_fn *f = atomic_load(&next);                                         \
    if (!f)                                                                    \
      atomic_store(&next, f = (NAME##_fn *)next_fn(#NAME));                    \
    if (!f) {                                                                  \
      errno = ENOSYS;                                                          \
      return -1;                                                               \
    }                                                                          \
    int r = f ARGS;                                                            \
    env_changed();                                                             \
    return r;                                                                  \
  }

ENV_WRAPPER(setenv, (const char *name, const char *value, int overwrite),
            (name, value, overwrite))
ENV_WRAPPER(unsetenv, (const char *name), (name))
ENV_WRAPPER(putenv, (char *string), (string))
ENV_WRAPPER(clearenv, (void), ())

/* ---- the C API (razortrace.h) ---- */

/* See razortrace.h.  Prints one line and returns NULL for a bad SPEC or a
 * NULL NAME; the probe lives until razor_probe_destroy (its memory is never
 * reused). */
RAZOR_EXPORT razor_probe *razor_probe_create(const char *name,
                                             const char *spec) {
  razor_ensure_init();
  char err[256];
  const char *trigger;
  unsigned opts;
  if (!name) {
    fprintf(stderr, "razortrace: razor_probe_create: NULL name\n");
    return NULL;
  }
  if (razor_parse_spec(spec, &trigger, &opts, err, sizeof err)) {
    fprintf(stderr, "razortrace: razor_probe_create(\"%s\"): %s\n", name, err);
    return NULL;
  }
  return razor_probe_new(name, trigger, opts);
}

/* See razortrace.h.  NULL or a destroyed probe: 0.  A begin of a probe
 * already sampling on this thread returns 0 and is matched by its end. */
RAZOR_EXPORT int razor_probe_begin(razor_probe *p) {
  razor_ensure_init();
  return razor_enter(p, NULL, 1) != 0;
}

/* See razortrace.h.  Closes the innermost activation of P on this thread
 * (and any left open above it); no-op when there is none. */
RAZOR_EXPORT void razor_probe_end(razor_probe *p) {
  razor_exit(p, 0, 1);
}

/* See razortrace.h.  Compiled probes only; NULL when none matches. */
RAZOR_EXPORT razor_probe *razor_probe_find(const char *function) {
  razor_ensure_init();
  if (!function)
    return NULL;
  uint32_t n = razor_probe_count();
  for (uint32_t i = 1; i <= n; i++) {
    struct razor_probe *p = razor_probe_get(i);
    if (p && !p->created && !strcmp(p->name, function))
      return p;
  }
  return NULL;
}

/* See razortrace.h.  Compiled probes only; NULL when none matches. */
RAZOR_EXPORT razor_probe *razor_probe_find_fn(void (*fn)(void)) {
  razor_ensure_init();
  if (!fn)
    return NULL;
  uint32_t n = razor_probe_count();
  for (uint32_t i = 1; i <= n; i++) {
    struct razor_probe *p = razor_probe_get(i);
    if (p && !p->created && p->fn == fn)
      return p;
  }
  return NULL;
}

/* See razortrace.h.  The memory of a destroyed probe is kept (blocks allocated under it may
 * still be released later); it no longer samples or reports. */
RAZOR_EXPORT void razor_probe_destroy(razor_probe *p) {
  if (p && p->created)
    atomic_store(&p->destroyed, 1);
}

/* See razortrace.h.  OUT NULL: the configured output.  NULL P: 0. */
RAZOR_EXPORT int razor_probe_report(razor_probe *p, FILE *out) {
  razor_ensure_init();
  if (!p)
    return 0;
  return razor_report_write(p, out, RAZOR_RK_API);
}

/* See razortrace.h.  NULL is ignored. */
RAZOR_EXPORT void razor_probe_reset(razor_probe *p) {
  if (p)
    razor_probe_do_reset(p);
}

/* See razortrace.h.  OUT NULL: the configured output. */
RAZOR_EXPORT int razor_report(FILE *out) {
  razor_ensure_init();
  return razor_report_write(NULL, out, RAZOR_RK_API);
}
