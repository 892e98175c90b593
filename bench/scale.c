/* bench/scale.c - cost per allocation against the number of live tracked
 * blocks and the number of threads (issue 7: "flat from 1 to 2 threads and
 * from 10^3 to 10^7 live blocks; the pointer table grows without stopping
 * the world for long").  With glibc's malloc the blocks carry their records
 * in headers and no table is involved; with another allocator (e.g. under
 * LD_PRELOAD) the table is.
 *
 * Everything is allocated inside calls of the probe scale_probe:
 *   (a) keep: LIVE blocks (16..48 bytes) that stay live to the end, on a
 *       global array allocated outside the probe, 1000 per call; every
 *       malloc is timed on its own and the longest is reported (a pointer
 *       table that grows by rehashing in one go shows up here).  With
 *       THREADS > 1 the THREADS threads keep LIVE/THREADS blocks each, at
 *       the same time, so a growth that stops the other threads shows up
 *       in their longest malloc too.
 *   (b) churn: each thread, on its own data, makes PAIRS malloc+free pairs
 *       (16..256 bytes), 64 per call: 64 mallocs, then 64 frees in reverse
 *       or in one of 8 fixed shuffled orders.  The threads start together
 *       (a barrier); each times its own loop.
 * Each thread makes one batch of (b) before (a): the runtime's first-call
 * set-up is not counted as a pause.
 * One line on stdout, key=value:
 *   live threads pairs  the arguments (pairs per thread)
 *   ns_pair             wall time of a thread's loop / PAIRS, mean of the
 *                       threads
 *   ns_pair_max         the slowest thread's
 *   cpu_ns_pair         thread CPU time / PAIRS, mean of the threads (flat
 *                       with more threads than CPUs, where wall is not)
 *   overlap             the threads' CPU time in (b) / the wall time from the
 *                       first thread's start to the last one's end: how many
 *                       CPUs they had on average, min(THREADS, CPUs) when
 *                       nothing else runs.  Well under that, other jobs kept
 *                       the threads from running at once: they barely
 *                       contended, and cpu_ns_pair does not show contention.
 *   keep_ns             phase (a): ns per kept block, two clock reads
 *                       included, mean of the threads
 *   max_pause_ns        phase (a): the longest single malloc, all threads
 *   max_clean_ns        the same, leaving out mallocs that may have been
 *                       preempted: the thread's involuntary context switches
 *                       (getrusage) went up since the last check, which is
 *                       made at the start of each call and after each malloc
 *                       that is a new longest or takes 100 us or more
 *                       (conservative: a preemption just before the malloc
 *                       leaves it out too).  On a shared
 *                       machine the scheduler, not the table, makes most
 *                       multi-millisecond max_pause_ns.  A switch made by
 *                       sched_yield counts as involuntary as well: a lock
 *                       that yields is in max_pause_ns only.
 *   pauses_100us        phase (a): mallocs of 100 us or more, preempted
 *                       ones left out; preempted_100us: those left out
 *
 *   usage: scale [LIVE [PAIRS [THREADS]]]   (default 100000 2000000 1)
 */
#define _GNU_SOURCE /* RUSAGE_THREAD */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#define BATCH 64
#define KEEP_PER_CALL 1000
#define ORDERS 8
#define MAX_THREADS 64
#define PAUSE_NS 100000

struct worker {
  uint32_t rng;
  void **keep; /* this thread's part of the live array */
  size_t nkeep;
  void *slot[BATCH];
  uint8_t order[ORDERS][BATCH];
  uint64_t sum;
  uint64_t max_pause, max_clean, pauses, preempted, keep_ns;
  double wall, cpu;
  uint64_t start, end;
  pthread_t th;
} __attribute__((aligned(64)));

static struct worker workers[MAX_THREADS];
static pthread_barrier_t start_keep, start_churn;
static size_t pairs;

/* Keeps the compiler from eliding a malloc/free pair in the plain build. */
#define ESCAPE(p) __asm__ volatile("" : : "r"(p) : "memory")

static inline uint32_t rng_next(uint32_t *s) {
  *s = *s * 1664525u + 1013904223u;
  return *s >> 8;
}

static inline uint64_t now_ns(clockid_t c) {
  struct timespec ts;
  clock_gettime(c, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* The calling thread's involuntary context switches so far. */
static long preemptions(void) {
  struct rusage ru;
  return getrusage(RUSAGE_THREAD, &ru) ? 0 : ru.ru_nivcsw;
}

/* KEEP > 0: phase (a), keeps KEEP more blocks.  KEEP == 0: phase (b), one
 * batch of BATCH malloc+free pairs, freed in order ORDER (ORDERS: reverse). */
__attribute__((annotate("razor_probe:TRACE_SCALE"), noinline))
uint64_t scale_probe(struct worker *w, uint32_t keep, uint32_t order) {
  uint64_t sum = 0;
  long seen = keep ? preemptions() : 0;
  for (uint32_t i = 0; i < keep; i++) {
    size_t n = 16 + rng_next(&w->rng) % 33;
    uint64_t t0 = now_ns(CLOCK_MONOTONIC);
    char *p = malloc(n);
    uint64_t d = now_ns(CLOCK_MONOTONIC) - t0;
    if (d > w->max_pause)
      w->max_pause = d;
    if (d > w->max_clean || d >= PAUSE_NS) { /* rare: after the clock read */
      long now = preemptions();
      if (now == seen) {
        w->max_clean = d > w->max_clean ? d : w->max_clean;
        w->pauses += d >= PAUSE_NS;
      } else {
        w->preempted += d >= PAUSE_NS;
      }
      seen = now;
    }
    memset(p, (int)i, n);
    w->keep[w->nkeep++] = p;
  }
  if (keep)
    return sum;
  for (uint32_t i = 0; i < BATCH; i++) {
    size_t n = 16 + rng_next(&w->rng) % 241;
    char *p = malloc(n);
    p[0] = (char)i;
    p[n - 1] = (char)n;
    ESCAPE(p);
    w->slot[i] = p;
  }
  for (uint32_t i = 0; i < BATCH; i++) {
    uint32_t k = order < ORDERS ? w->order[order][i] : BATCH - 1 - i;
    char *p = w->slot[k];
    sum += (unsigned char)p[0];
    free(p);
  }
  return sum;
}

static void *run(void *arg) {
  struct worker *w = arg;
  size_t want = w->nkeep;
  w->nkeep = 0;
  /* One batch first: the runtime's first-call set-up is not a pause. */
  w->sum += scale_probe(w, 0, ORDERS);
  pthread_barrier_wait(&start_keep);
  uint64_t t0 = now_ns(CLOCK_MONOTONIC);
  while (w->nkeep < want) {
    size_t k = want - w->nkeep;
    w->sum += scale_probe(w, k < KEEP_PER_CALL ? (uint32_t)k : KEEP_PER_CALL, 0);
  }
  w->keep_ns = want ? (now_ns(CLOCK_MONOTONIC) - t0) / want : 0;

  pthread_barrier_wait(&start_churn);
  uint64_t c0 = now_ns(CLOCK_THREAD_CPUTIME_ID);
  t0 = w->start = now_ns(CLOCK_MONOTONIC);
  uint32_t order = 0;
  for (size_t done = 0; done < pairs; done += BATCH) {
    w->sum += scale_probe(w, 0, order);
    order = order == ORDERS ? 0 : order + 1;
  }
  w->end = now_ns(CLOCK_MONOTONIC);
  w->wall = (double)(w->end - t0);
  w->cpu = (double)(now_ns(CLOCK_THREAD_CPUTIME_ID) - c0);
  return NULL;
}

int main(int argc, char **argv) {
  size_t live = argc > 1 ? strtoull(argv[1], NULL, 10) : 100000;
  pairs = argc > 2 ? strtoull(argv[2], NULL, 10) : 2000000;
  unsigned nt = argc > 3 ? (unsigned)strtoul(argv[3], NULL, 10) : 1;
  if (nt < 1 || nt > MAX_THREADS) {
    fprintf(stderr, "scale: THREADS must be 1..%d\n", MAX_THREADS);
    return 2;
  }
  pairs = (pairs + BATCH - 1) / BATCH * BATCH;
  /* Outside the probe: untracked. */
  void **all = calloc(live ? live : 1, sizeof *all);
  if (!all) {
    fprintf(stderr, "scale: cannot allocate the live array\n");
    return 1;
  }
  pthread_barrier_init(&start_keep, NULL, nt);
  pthread_barrier_init(&start_churn, NULL, nt);
  size_t at = 0;
  for (unsigned t = 0; t < nt; t++) {
    struct worker *w = &workers[t];
    w->rng = 12345u + 7919u * t;
    w->keep = all + at;
    w->nkeep = live / nt + (t < live % nt);
    at += w->nkeep;
    for (int o = 0; o < ORDERS; o++) { /* Fisher-Yates, fixed per thread */
      for (int i = 0; i < BATCH; i++)
        w->order[o][i] = (uint8_t)i;
      for (int i = BATCH - 1; i > 0; i--) {
        int j = (int)(rng_next(&w->rng) % (uint32_t)(i + 1));
        uint8_t x = w->order[o][i];
        w->order[o][i] = w->order[o][j];
        w->order[o][j] = x;
      }
    }
  }
  /* Thread 0 is the main thread: THREADS = 1 makes no thread at all. */
  for (unsigned t = 1; t < nt; t++)
    if (pthread_create(&workers[t].th, NULL, run, &workers[t])) {
      fprintf(stderr, "scale: pthread_create failed\n");
      return 1;
    }
  run(&workers[0]);
  for (unsigned t = 1; t < nt; t++)
    pthread_join(workers[t].th, NULL);

  double wall = 0, wall_max = 0, cpu = 0, keep_ns = 0;
  uint64_t first = workers[0].start, last = workers[0].end;
  uint64_t pause = 0, clean = 0, pauses = 0, preempted = 0, sum = 0;
  for (unsigned t = 0; t < nt; t++) {
    struct worker *w = &workers[t];
    wall += w->wall / nt;
    wall_max = w->wall > wall_max ? w->wall : wall_max;
    cpu += w->cpu / nt;
    first = w->start < first ? w->start : first;
    last = w->end > last ? w->end : last;
    keep_ns += (double)w->keep_ns / nt;
    pause = w->max_pause > pause ? w->max_pause : pause;
    clean = w->max_clean > clean ? w->max_clean : clean;
    pauses += w->pauses;
    preempted += w->preempted;
    sum += w->sum;
  }
  printf("live=%zu threads=%u pairs=%zu ns_pair=%.2f ns_pair_max=%.2f "
         "cpu_ns_pair=%.2f overlap=%.2f keep_ns=%.1f max_pause_ns=%llu max_clean_ns=%llu "
         "pauses_100us=%llu preempted_100us=%llu checksum=%016llx\n",
         live, nt, pairs, wall / (double)pairs, wall_max / (double)pairs,
         cpu / (double)pairs, cpu * nt / (double)(last > first ? last - first : 1),
         keep_ns, (unsigned long long)pause,
         (unsigned long long)clean, (unsigned long long)pauses,
         (unsigned long long)preempted, (unsigned long long)sum);
  return 0;
}
