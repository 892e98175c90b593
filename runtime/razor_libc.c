/* razor_libc.c - hooks for the libc functions that hand memory or
 * resources back to the caller (razor_fns.def rows OUTPTR, STREAM, FD,
 * CLOSE, MMAP, MUNMAP), and the process's close().
 *
 * Each hook calls the real function with the thread's callsite cleared, so
 * the allocations libc makes inside (a FILE's buffer, getline's stream
 * buffer) are not charged to the caller, then records exactly what the
 * function handed back: getline's line buffer (sized), a FILE * or DIR *
 * or descriptor (one unit each: resources are counted, SPEC 1), a mapping
 * (sized).  Resources are released by whatever closes them: fclose and
 * closedir free the FILE/DIR through the process's free(), close() is
 * replaced below. */
#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/close_range.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "razor_record.h"

/* glibc's own name of close: resolved by a static link of libc.a. */
extern int __close(int) __attribute__((weak));

/* Calls EXPR with the callsite and the wrapper call cleared: libc's own
 * allocations inside are not the caller's. */
#define UNCHARGED(EXPR)                                                        \
  ({                                                                           \
    struct razor_site *saved_ = __razor_callsite;                              \
    struct razor_site *savedw_ = __razor_wrapcall;                             \
    __razor_callsite = NULL;                                                   \
    __razor_wrapcall = NULL;                                                   \
    __typeof__(EXPR) r_ = (EXPR);                                              \
    __razor_callsite = saved_;                                                 \
    __razor_wrapcall = savedw_;                                                \
    r_;                                                                        \
  })

/* One more than the highest descriptor ever recorded: what a closing of a
 * range of descriptors (close_range, closefrom) has to look at. */
static atomic_uint fd_bound;

static inline void track_fd(int fd, struct razor_site *site) {
  if (fd >= 0 && RAZOR_UNLIKELY(__razor_sampling)) {
    unsigned bound = atomic_load_explicit(&fd_bound, memory_order_relaxed);
    while ((unsigned)fd >= bound &&
           !atomic_compare_exchange_weak_explicit(&fd_bound, &bound,
                                                  (unsigned)fd + 1,
                                                  memory_order_relaxed,
                                                  memory_order_relaxed))
      ;
    razor_record_block(RAZOR_FD_KEY(fd), 1, site, __builtin_frame_address(0));
  }
}

/* OUT (a buffer getline or getdelim may have replaced) is recorded when it
 * is new: not BEFORE, and not already known (a block of the user's that
 * libc's realloc moved keeps its own site). */
static inline __attribute__((always_inline)) void
track_outbuf(char *out, char *before, size_t size, struct razor_site *site) {
  if (RAZOR_UNLIKELY(__razor_sampling) && out && out != before &&
      !razor_record_tracked(out))
    razor_record_block(out, size, site, __builtin_frame_address(0));
}

/* ---- memory handed back ---- */

/* Hook for getdelim(LP, N, DELIM, F) at SITE: the line buffer it allocates
 * or grows is charged to SITE (its size is *N); the stream's buffer is not. */
RAZOR_EXPORT ssize_t __razor_getdelim(char **lp, size_t *n, int delim,
                                      FILE *f, struct razor_site *site) {
  char *before = lp ? *lp : NULL;
  ssize_t r = UNCHARGED(getdelim(lp, n, delim, f));
  if (lp && n)
    track_outbuf(*lp, before, *n, site);
  return r;
}

/* Hook for getline(LP, N, F) at SITE: getdelim with '\n', as in libc. */
RAZOR_EXPORT ssize_t __razor_getline(char **lp, size_t *n, FILE *f,
                                     struct razor_site *site) {
  return __razor_getdelim(lp, n, '\n', f, site);
}

/* Hook for __getdelim, which glibc's inline getline calls. */
RAZOR_EXPORT ssize_t __razor___getdelim(char **lp, size_t *n, int delim,
                                        FILE *f, struct razor_site *site) {
  return __razor_getdelim(lp, n, delim, f, site);
}

/* Hook for vasprintf(STRP, FMT, AP) at SITE: the string, R + 1 bytes. */
RAZOR_EXPORT int __razor_vasprintf(char **strp, const char *fmt, va_list ap,
                                   struct razor_site *site) {
  int r = UNCHARGED(vasprintf(strp, fmt, ap));
  if (r >= 0)
    razor_record_sampled(*strp, (uint64_t)r + 1, site);
  return r;
}

/* Hook for asprintf(STRP, FMT, ...) at SITE (variadic: SITE first). */
RAZOR_EXPORT int __razor_asprintf(struct razor_site *site, char **strp,
                                  const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = __razor_vasprintf(strp, fmt, ap, site);
  va_end(ap);
  return r;
}

/* Hook for realpath(PATH, RESOLVED) at SITE: with RESOLVED NULL the result
 * is allocated. */
RAZOR_EXPORT char *__razor_realpath(const char *path, char *resolved,
                                    struct razor_site *site) {
  char *r = UNCHARGED(realpath(path, resolved));
  if (r && !resolved)
    razor_record_sampled(r, strlen(r) + 1, site);
  return r;
}

/* ---- FILE * and DIR *: one unit each, released when libc frees them ---- */

#define STREAM_HOOK(TYPE, NAME, PARAMS, ARGS)                                  \
  RAZOR_EXPORT TYPE *__razor_##NAME PARAMS {                                   \
    TYPE *r = UNCHARGED(NAME ARGS);                                            \
    if (r)                                                                     \
      razor_record_sampled(r, 1, site);                                                       \
    return r;                                                                  \
  }

STREAM_HOOK(FILE, fopen,
            (const char *path, const char *mode, struct razor_site *site),
            (path, mode))
STREAM_HOOK(FILE, fopen64,
            (const char *path, const char *mode, struct razor_site *site),
            (path, mode))
STREAM_HOOK(FILE, popen,
            (const char *cmd, const char *mode, struct razor_site *site),
            (cmd, mode))
STREAM_HOOK(FILE, tmpfile, (struct razor_site * site), ())
STREAM_HOOK(FILE, fmemopen,
            (void *buf, size_t size, const char *mode, struct razor_site *site),
            (buf, size, mode))
STREAM_HOOK(FILE, open_memstream,
            (char **ptr, size_t *size, struct razor_site *site), (ptr, size))
STREAM_HOOK(DIR, opendir, (const char *name, struct razor_site *site), (name))

/* fdopen and fdopendir: the descriptor now belongs to the stream, which
 * closes it (fclose, closedir, wherever they are called, inside libc where
 * no close() is seen): its record goes, the stream's counts instead. */
#define FD_STREAM_HOOK(TYPE, NAME, PARAMS, ARGS)                               \
  RAZOR_EXPORT TYPE *__razor_##NAME PARAMS {                                   \
    TYPE *r = UNCHARGED(NAME ARGS);                                            \
    if (r) {                                                                   \
      razor_forget(RAZOR_FD_KEY(fd));                                          \
      razor_record_sampled(r, 1, site);                                        \
    }                                                                          \
    return r;                                                                  \
  }

FD_STREAM_HOOK(FILE, fdopen,
               (int fd, const char *mode, struct razor_site *site), (fd, mode))
FD_STREAM_HOOK(DIR, fdopendir, (int fd, struct razor_site *site), (fd))

/* Hook for freopen: the stream it reopens keeps its own record. */
RAZOR_EXPORT FILE *__razor_freopen(const char *path, const char *mode,
                                   FILE *stream, struct razor_site *site) {
  FILE *r = UNCHARGED(freopen(path, mode, stream));
  if (r && r != stream)
    razor_record_sampled(r, 1, site);
  return r;
}

/* Hooks for fclose, pclose and closedir: the record goes, then the call. */
RAZOR_EXPORT int __razor_fclose(FILE *f, struct razor_site *site) {
  (void)site;
  razor_forget(f);
  return fclose(f);
}

RAZOR_EXPORT int __razor_pclose(FILE *f, struct razor_site *site) {
  (void)site;
  razor_forget(f);
  return pclose(f);
}

RAZOR_EXPORT int __razor_closedir(DIR *d, struct razor_site *site) {
  (void)site;
  razor_forget(d);
  return closedir(d);
}

/* ---- descriptors ---- */

/* The mode argument open and openat take with O_CREAT or O_TMPFILE. */
#define OPEN_MODE(flags, last)                                                 \
  mode_t mode = 0;                                                             \
  if ((flags) & O_CREAT || ((flags) & O_TMPFILE) == O_TMPFILE) {               \
    va_list ap;                                                                \
    va_start(ap, last);                                                        \
    mode = (mode_t)va_arg(ap, int);                                            \
    va_end(ap);                                                                \
  }

RAZOR_EXPORT int __razor_open(struct razor_site *site, const char *path,
                              int flags, ...) {
  OPEN_MODE(flags, flags)
  int fd = open(path, flags, mode);
  track_fd(fd, site);
  return fd;
}

RAZOR_EXPORT int __razor_open64(struct razor_site *site, const char *path,
                                int flags, ...) {
  OPEN_MODE(flags, flags)
  int fd = open(path, flags, mode);
  track_fd(fd, site);
  return fd;
}

RAZOR_EXPORT int __razor_openat(struct razor_site *site, int dirfd,
                                const char *path, int flags, ...) {
  OPEN_MODE(flags, flags)
  int fd = openat(dirfd, path, flags, mode);
  track_fd(fd, site);
  return fd;
}

RAZOR_EXPORT int __razor_openat64(struct razor_site *site, int dirfd,
                                  const char *path, int flags, ...) {
  OPEN_MODE(flags, flags)
  int fd = openat(dirfd, path, flags, mode);
  track_fd(fd, site);
  return fd;
}

#define FD_HOOK(NAME, PARAMS, ARGS)                                            \
  RAZOR_EXPORT int __razor_##NAME PARAMS {                                     \
    int opened_ = NAME ARGS;                                                   \
    track_fd(opened_, site);                                                   \
    return opened_;                                                            \
  }

FD_HOOK(creat, (const char *path, mode_t mode, struct razor_site *site),
        (path, mode))
FD_HOOK(socket, (int domain, int type, int proto, struct razor_site *site),
        (domain, type, proto))
FD_HOOK(accept,
        (int fd, struct sockaddr *addr, socklen_t *len, struct razor_site *site),
        (fd, addr, len))
FD_HOOK(accept4,
        (int fd, struct sockaddr *addr, socklen_t *len, int flags,
         struct razor_site *site),
        (fd, addr, len, flags))
FD_HOOK(dup, (int old, struct razor_site *site), (old))
FD_HOOK(eventfd, (unsigned init, int flags, struct razor_site *site),
        (init, flags))
FD_HOOK(epoll_create, (int size, struct razor_site *site), (size))
FD_HOOK(epoll_create1, (int flags, struct razor_site *site), (flags))
FD_HOOK(memfd_create, (const char *name, unsigned flags, struct razor_site *site),
        (name, flags))

/* dup2/dup3 close NEWFD first when it was open: its record goes too. */
RAZOR_EXPORT int __razor_dup2(int old, int newfd, struct razor_site *site) {
  int fd = dup2(old, newfd);
  if (fd >= 0 && fd != old) {
    razor_forget(RAZOR_FD_KEY(fd));
    track_fd(fd, site);
  }
  return fd;
}

RAZOR_EXPORT int __razor_dup3(int old, int newfd, int flags,
                              struct razor_site *site) {
  int fd = dup3(old, newfd, flags);
  if (fd >= 0) {
    razor_forget(RAZOR_FD_KEY(fd));
    track_fd(fd, site);
  }
  return fd;
}

/* pipe, pipe2 and socketpair open two descriptors: two units. */
RAZOR_EXPORT int __razor_pipe(int fds[2], struct razor_site *site) {
  int r = pipe(fds);
  if (r == 0) {
    track_fd(fds[0], site);
    track_fd(fds[1], site);
  }
  return r;
}

RAZOR_EXPORT int __razor_pipe2(int fds[2], int flags, struct razor_site *site) {
  int r = pipe2(fds, flags);
  if (r == 0) {
    track_fd(fds[0], site);
    track_fd(fds[1], site);
  }
  return r;
}

RAZOR_EXPORT int __razor_socketpair(int domain, int type, int proto, int sv[2],
                                    struct razor_site *site) {
  int r = socketpair(domain, type, proto, sv);
  if (r == 0) {
    track_fd(sv[0], site);
    track_fd(sv[1], site);
  }
  return r;
}

/* ---- close(), wherever it is called ---- */

typedef int close_fn(int);
static _Atomic(close_fn *) real_close;
static int close_impl(int fd);

/* close(2) itself, where no close() comes after the runtime's. */
RAZOR_RESIDENT static int close_syscall(int fd) {
  return (int)syscall(SYS_close, fd);
}

/* The next close(): the process's own when another one won (a sanitizer's),
 * else the one after the runtime (libc's; glibc's __close in a static
 * executable, where the runtime's takes the name). */
RAZOR_RESIDENT static close_fn *next_close(void) {
  close_fn *f = atomic_load_explicit(&real_close, memory_order_acquire);
  if (RAZOR_LIKELY(f))
    return f;
  void *def = dlsym(RTLD_DEFAULT, RAZOR_RESIDENT_STR("close"));
  f = (close_fn *)(def && def != (void *)close_impl
                       ? def
                       : razor_next_libc(RAZOR_RESIDENT_STR("close"),
                                         (void *)__close));
  if (!f)
    f = close_syscall;
  atomic_store(&real_close, f);
  return f;
}

RAZOR_RESIDENT static int close_impl(int fd) {
  razor_forget(RAZOR_FD_KEY(fd));
  return next_close()(fd);
}

/* The process's close: forgets FD's record, then forwards.  Weak. */
RAZOR_EXPORT __attribute__((weak, alias("close_impl"))) int close(int fd);

/* Forgets the records of descriptors FIRST to LAST (closed). */
static void forget_fds(unsigned first, unsigned last) {
  unsigned bound = atomic_load_explicit(&fd_bound, memory_order_relaxed);
  for (unsigned fd = first; fd < bound && fd <= last; fd++)
    razor_forget(RAZOR_FD_KEY(fd));
}

typedef int close_range_fn(unsigned, unsigned, int);
typedef void closefrom_fn(int);
/* glibc's own names: resolved by a static link of libc.a. */
extern int __close_range(unsigned, unsigned, int) __attribute__((weak));
extern void __closefrom(int) __attribute__((weak));

static int close_range_syscall(unsigned first, unsigned last, int flags) {
  return (int)syscall(SYS_close_range, first, last, flags);
}

/* The process's close_range: forwards, then forgets the records of the
 * descriptors it closed (none with CLOSE_RANGE_CLOEXEC).  Weak. */
RAZOR_RESIDENT RAZOR_EXPORT __attribute__((weak)) int
close_range(unsigned first, unsigned last, int flags) {
  int r = RAZOR_NEXT_LIBC(close_range_fn, close_range,
                          __close_range ? __close_range : close_range_syscall)(
      first, last, flags);
  if (r == 0 && !(flags & CLOSE_RANGE_CLOEXEC))
    forget_fds(first, last);
  return r;
}

static void closefrom_syscall(int lowfd) {
  close_range_syscall((unsigned)lowfd, ~0u, 0);
}

/* The process's closefrom: forwards, then forgets the records of every
 * descriptor from LOWFD on.  Weak. */
RAZOR_RESIDENT RAZOR_EXPORT __attribute__((weak)) void closefrom(int lowfd) {
  RAZOR_NEXT_LIBC(closefrom_fn, closefrom,
                  __closefrom ? __closefrom : closefrom_syscall)(lowfd);
  if (lowfd >= 0)
    forget_fds((unsigned)lowfd, ~0u);
}

/* Hook for close(FD) at SITE. */
RAZOR_EXPORT int __razor_close(int fd, struct razor_site *site) {
  (void)site;
  return close_impl(fd);
}

/* ---- mappings: sized ---- */

RAZOR_EXPORT void *__razor_mmap(void *addr, size_t len, int prot, int flags,
                                int fd, off_t off, struct razor_site *site) {
  void *p = mmap(addr, len, prot, flags, fd, off);
  if (p != MAP_FAILED && RAZOR_UNLIKELY(__razor_sampling))
    razor_record_mapping(p, len, site);
  return p;
}

RAZOR_EXPORT void *__razor_mmap64(void *addr, size_t len, int prot, int flags,
                                  int fd, off_t off, struct razor_site *site) {
  return __razor_mmap(addr, len, prot, flags, fd, off, site);
}

/* Hook for munmap: a mapping recorded at its start address is released
 * (a partial unmap releases the record whole). */
RAZOR_EXPORT int __razor_munmap(void *addr, size_t len,
                                struct razor_site *site) {
  (void)site;
  razor_forget_table(addr);
  return munmap(addr, len);
}

/* ---- which kinds are counted ---- */

#define RAZOR_COUNTED_ALLOC 0
#define RAZOR_COUNTED_REALLOC 0
#define RAZOR_COUNTED_FREE 0
#define RAZOR_COUNTED_MEMALIGN 0
#define RAZOR_COUNTED_NEW 0
#define RAZOR_COUNTED_DELETE 0
#define RAZOR_COUNTED_OUTPTR 0
#define RAZOR_COUNTED_STREAM 1
#define RAZOR_COUNTED_FD 1
#define RAZOR_COUNTED_CLOSE 0
#define RAZOR_COUNTED_MMAP 0
#define RAZOR_COUNTED_MUNMAP 0
#define RAZOR_COUNTED_CLIENT_ALLOC 0
#define RAZOR_COUNTED_CLIENT_FREE 0

static const unsigned char counted[] = {
#define RAZOR_FN(NAME, ROLE, DISPLAY) RAZOR_COUNTED_##ROLE,
#include "razor_fns.def"
};

/* True for the kinds counted by how many are open rather than by bytes. */
int razor_kind_counted(unsigned kind) {
  return kind < RAZOR_KIND_COUNT && counted[kind];
}

static const char *const kind_names[] = {
#define RAZOR_FN(NAME, ROLE, DISPLAY) DISPLAY,
#include "razor_fns.def"
};

/* What the program calls KIND, as reports name it. */
const char *razor_kind_name(unsigned kind) {
  if (kind == RAZOR_KIND_CALL)
    return "call";
  if (kind == RAZOR_KIND_POOL_CHUNK)
    return "pool-chunk";
  return kind < RAZOR_KIND_COUNT ? kind_names[kind] : "unknown";
}
