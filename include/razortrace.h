/* razortrace.h - mark probes and drive the tracer from C or C++.
 *
 * Build with:  clang -g -fplugin=<prefix>/lib/razortrace.so app.c \
 *                    -L<prefix>/lib -lrazortrace
 * Run with:    TRACE_TEXT=1 ./app
 *
 * All functions are thread-safe.  A razor_probe_begin and its
 * razor_probe_end run on the same thread.
 */
#ifndef RAZORTRACE_H
#define RAZORTRACE_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Marks a function as a probe.  SPEC is "TRIGGER{,OPTION}": TRIGGER is an
 * environment variable name (empty: always on); OPTION is one of traceback,
 * clear, strict, nostrict, debug.  May sit on any declaration. */
#define RAZOR_PROBE(spec) __attribute__((annotate("razor_probe:" spec)))

/* Marks a function as an allocation wrapper (xmalloc, a pool's alloc):
 * what is allocated during a call of it is charged to the line that called
 * it, from code outside any wrapper.  May sit on any declaration; a probe
 * cannot be one. */
#define RAZOR_ALLOC __attribute__((annotate("razor_alloc")))

typedef struct razor_probe razor_probe;

/* Creates a probe driven by hand with razor_probe_begin/razor_probe_end.
 * NAME names it in reports; SPEC is as for RAZOR_PROBE.  Returns NULL and
 * prints one line when SPEC is malformed.  Free it with razor_probe_destroy. */
razor_probe *razor_probe_create(const char *name, const char *spec);

/* Starts a sample.  Returns 1 when the trigger is on and a sample started,
 * 0 otherwise (then razor_probe_end is a no-op, but calling it is fine). */
int razor_probe_begin(razor_probe *p);

/* Ends the sample started by the last razor_probe_begin of this thread. */
void razor_probe_end(razor_probe *p);

/* The probe of an annotated function, by its (demangled) name or by its
 * address.  NULL when there is none.  The result is owned by the runtime. */
razor_probe *razor_probe_find(const char *function);
razor_probe *razor_probe_find_fn(void (*fn)(void));

/* Destroys a probe from razor_probe_create; NULL and compiled probes are
 * ignored. */
void razor_probe_destroy(razor_probe *p);

/* Writes the report of one probe, or of every probe, to OUT in the format
 * chosen by RAZOR_OPTIONS.  Returns the number of findings. */
int razor_probe_report(razor_probe *p, FILE *out);
int razor_report(FILE *out);

/* Drops the samples of a probe, like trace.reset() in the original. */
void razor_probe_reset(razor_probe *p);

/* ---- unit tests: does one operation keep memory? ----
 *
 * razor_check runs FN(ARG) CALLS times as the sampled calls of a probe of
 * its own (always on) and judges them as a probe's calls are judged.
 * OPTIONS are the annotation's options, comma-separated, or NULL/"":
 * "warmup=2,min_growth=1KiB,nostrict,traceback" (RAZOR_OPTIONS still wins,
 * as over an annotation).  The code FN runs must be built with the plugin
 * (razor-cc, razor-c++) for its allocation sites to be seen.
 *
 * Writes the findings as a text report to OUT (NULL: nothing written;
 * nothing either when there are none) and returns how many there are: 0
 * when nothing grows.  Returns -1, with one line on OUT (or stderr), when
 * there is no verdict: CALLS below min_calls (default 8) after warmup, bad
 * OPTIONS, or the tracer disabled (a bad RAZOR_OPTIONS).  The probe is
 * gone afterwards: it is not in the exit report.
 *
 *   static void add_one(void *cache) { cache_add(cache, "key"); }
 *   assert(razor_check(add_one, cache, 50, NULL, stderr) == 0);
 */
int razor_check(void (*fn)(void *), void *arg, int calls, const char *options,
                FILE *out);

/* One finding of razor_check_each.  Strings live until the callback
 * returns. */
typedef struct razor_finding {
  const char *file;     /* the allocation site, as the compiler saw it */
  int line, column;
  const char *function; /* the function around it */
  const char *source;   /* its source line; "" when unavailable */
  const char *kind;     /* what it called: "malloc", "operator new", "fd" */
  long long kept;       /* bytes (a resource: handles) held after the last
                           call */
  long long blocks;
  const char *report;   /* the finding as the text report writes it */
} razor_finding;

/* razor_check with a NAME for the probe (NULL: "razor_check") and
 * ON_FINDING(finding, CTX) called once per finding (may be NULL);
 * razortrace_gtest.h is built on it. */
int razor_check_each(const char *name, void (*fn)(void *), void *arg,
                     int calls, const char *options, FILE *out,
                     void (*on_finding)(const razor_finding *f, void *ctx),
                     void *ctx);

/* ---- custom allocators (Valgrind's client requests) ----
 *
 * An allocator whose blocks never pass one by one through malloc and free
 * (an arena, a pool, a slab cache, a free list) tells the runtime about the
 * blocks it hands out and takes back, as VALGRIND_MALLOCLIKE_BLOCK and
 * VALGRIND_MEMPOOL_ALLOC do:
 *
 *   razor_malloclike(p, n)          block P of N bytes handed out
 *   razor_freelike(p)               block P given back
 *   razor_pool_alloc(pool, p, n)    block P of N bytes handed out by POOL
 *                                   (any address that names the pool)
 *   razor_pool_free(pool, p)        block P of POOL given back
 *   razor_pool_clear(pool)          every block of POOL given back at once
 *                                   (an arena's reset or destruction)
 *
 * A registered block counts like a malloc'd one, at the line of the
 * razor_malloclike / razor_pool_alloc call (in code built with the plugin;
 * called from code built without it, at the user's call into that code).
 * The memory the allocator took from malloc for its chunks is not counted
 * on top of the blocks carved from it: the first block registered inside
 * a block malloc'd while a probe sampled makes it a chunk ("kind":
 * "pool-chunk", never a finding).  Give a chunk's blocks back (freelike,
 * pool_free, pool_clear) before freeing the chunk.
 *
 * All five do nothing while no probe samples (registering) or no block may
 * be tracked (giving back).  Bad input (NULL, an unknown block or pool, a
 * block given back twice) is ignored.  A program built with this header
 * but linked without the runtime still links and runs: the functions are
 * weak references, and each macro below calls its function only when the
 * runtime defines it. */
#if defined(__GNUC__) || defined(__clang__)
#define RAZOR_CLIENT_DECL __attribute__((weak, nothrow))
#else
#define RAZOR_CLIENT_DECL
#endif
void razor_malloclike(const void *p, size_t n) RAZOR_CLIENT_DECL;
void razor_freelike(const void *p) RAZOR_CLIENT_DECL;
void razor_pool_alloc(const void *pool, const void *p, size_t n)
    RAZOR_CLIENT_DECL;
void razor_pool_free(const void *pool, const void *p) RAZOR_CLIENT_DECL;
void razor_pool_clear(const void *pool) RAZOR_CLIENT_DECL;

/* A function-like macro does not expand its own name again, and not where
 * the name is not followed by "(": &razor_malloclike is the function. */
#define RAZOR_CLIENT_CALL(fn, args) ((fn) ? fn args : (void)0)
#define razor_malloclike(p, n) RAZOR_CLIENT_CALL(razor_malloclike, ((p), (n)))
#define razor_freelike(p) RAZOR_CLIENT_CALL(razor_freelike, ((p)))
#define razor_pool_alloc(pool, p, n)                                           \
  RAZOR_CLIENT_CALL(razor_pool_alloc, ((pool), (p), (n)))
#define razor_pool_free(pool, p)                                               \
  RAZOR_CLIENT_CALL(razor_pool_free, ((pool), (p)))
#define razor_pool_clear(pool) RAZOR_CLIENT_CALL(razor_pool_clear, ((pool)))

#ifdef __cplusplus
}
#endif

#endif /* RAZORTRACE_H */
