/* bench/growheap.c - a long-lived heap that grows from 10^3 to MAX live
 * blocks (default 10^6), all allocated inside the probe, with the cost of an
 * allocation measured at each decade.
 *
 * The probe `request(keep, churn)` keeps KEEP new blocks (16..48 bytes) on
 * a global array, reachable for ever, and makes CHURN short-lived
 * allocations (malloc, write, free).  The program grows the live set to each
 * decade 10^3, 10^4, ... MAX, and at each one times a fixed batch of churn
 * requests (CHURN_OPS malloc+free pairs): that batch's ns per malloc+free
 * pair is printed as `live=N ns_per_op=X`.  A traced run pays a record per
 * pair: with glibc's malloc a 16-byte header on each block (the cost does
 * not depend on N), else an insert and a remove in a pointer table of N
 * entries.
 *
 *   usage: growheap [MAX_LIVE [CHURN_OPS]]   (default 1000000 10000000)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void **live;
static size_t nlive, caplive;
static uint32_t rng = 12345;
/* Keeps the compiler from eliding a malloc/free pair in the plain build. */
static void *volatile sink;

static uint32_t rng_next(void) {
  rng = rng * 1664525u + 1013904223u;
  return rng >> 8;
}

__attribute__((annotate("razor_probe:TRACE_BENCH"), noinline))
uint64_t request(uint32_t keep, uint32_t churn) {
  uint64_t sum = 0;
  for (uint32_t i = 0; i < keep; i++) {
    size_t n = 16 + rng_next() % 33;
    char *p = malloc(n);
    memset(p, (int)i, n);
    live[nlive++] = p; /* the global array was sized up front */
  }
  for (uint32_t i = 0; i < churn; i++) {
    size_t n = 16 + rng_next() % 113;
    char *p = malloc(n);
    p[0] = (char)i;
    p[n - 1] = (char)n;
    sink = p;
    sum += (unsigned char)p[0] + (unsigned char)p[n - 1];
    free(p);
  }
  return sum;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
  size_t max = argc > 1 ? strtoull(argv[1], NULL, 10) : 1000000;
  size_t ops = argc > 2 ? strtoull(argv[2], NULL, 10) : 10000000;
  const uint32_t per_call = 64; /* churn per request in the timed batch */
  caplive = max;
  live = calloc(caplive, sizeof *live); /* outside the probe: untracked */
  uint64_t sum = 0;
  for (size_t level = 1000; level <= max; level *= 10) {
    while (nlive < level) {
      size_t k = level - nlive < 1000 ? level - nlive : 1000;
      sum += request((uint32_t)k, 0);
    }
    double t0 = now();
    for (size_t done = 0; done < ops; done += per_call)
      sum += request(0, per_call);
    double t1 = now();
    printf("live=%zu ns_per_op=%.2f\n", nlive, (t1 - t0) * 1e9 / (double)ops);
    fflush(stdout);
  }
  printf("growheap: %zu live blocks, checksum %016llx\n", nlive,
         (unsigned long long)sum);
  return 0;
}
