/* bench/sites.c - many allocation sites of which one grows: the cost of
 * `traceback` where only one site is suspect (two-phase capture).
 *
 *   usage: sites [REQUESTS]        (default 100000; deterministic)
 *
 * Each request allocates and frees 64 temporary buffers from 64 sites
 * (each its own line, by macro) and keeps one small record every 16th
 * request on a global list: one growing site among 65. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec {
  struct rec *next;
  uint32_t id;
};
static struct rec *kept;
static size_t nkept;
static char *volatile sink; /* the buffers are used: not optimised away */

#define TMP(i)                                                                 \
  do {                                                                         \
    char *b = malloc(16 + ((req + (i)) & 63));                                 \
    b[0] = (char)(i);                                                          \
    sink = b;                                                                  \
    sum += (uint32_t)sink[0];                                                  \
    free(sink);                                                                \
  } while (0);
#define TMP8(i) TMP(i) TMP(i + 1) TMP(i + 2) TMP(i + 3) TMP(i + 4) TMP(i + 5) TMP(i + 6) TMP(i + 7)

__attribute__((annotate("razor_probe:TRACE_BENCH"), noinline))
uint32_t serve(uint32_t req) {
  uint32_t sum = 0;
  TMP8(0) TMP8(8) TMP8(16) TMP8(24) TMP8(32) TMP8(40) TMP8(48) TMP8(56)
  if (req % 16 == 0) { /* the one growing site */
    struct rec *r = malloc(sizeof *r);
    r->id = req;
    r->next = kept;
    kept = r;
    nkept++;
  }
  return sum;
}

int main(int argc, char **argv) {
  uint32_t n = argc > 1 ? (uint32_t)strtoul(argv[1], NULL, 10) : 100000;
  uint32_t sum = 0;
  for (uint32_t i = 1; i <= n; i++)
    sum += serve(i);
  printf("sites: %u requests, checksum %08x, %zu kept\n", n, sum, nkept);
  return 0;
}
