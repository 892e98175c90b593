// Two threads each alternate two probes that allocate headed blocks at 60 sites (more than the runtime's per-thread caches hold), in an order that changes every call, free and resize (in plain code) blocks of earlier calls and of the other probe, and keep the rest: every site's figures at the last sample are exactly what the program computed itself.
// RUN: %clang -c %S/Inputs/plain-ops.c -o %t.ops.o
// RUN: %clang_razor -O1 -pthread %s %t.ops.o -o %t
// RUN: env TRACE_MANY=1 %env_razor_opts=format=json timeout 60 %run %t > %t.out 2> %t.err
// RUN: %python %S/Inputs/compare_sites.py %t.out %t.err | FileCheck %s
#include <pthread.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "Inputs/plain-ops.h"

#define SITES_A 40
#define SITES_B 20
#define CALLS 30
#define THREADS 2
#define SIZE_A(k) (8 + (k))
#define SIZE_B(k) (200 + 3 * (k))

/* What the program expects each site to hold, per probe. */
struct expect {
  int line;
  long bytes, blocks;
};
static struct expect want_a[SITES_A], want_b[SITES_B];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

struct block {
  char *p;
  size_t size;
  int site;
};
struct state {
  struct block a[CALLS][SITES_A], b[CALLS][SITES_B];
};

static void note(struct expect *w, int site, int line, long dbytes, long dblocks) {
  pthread_mutex_lock(&lock);
  if (line)
    w[site].line = line;
  w[site].bytes += dbytes;
  w[site].blocks += dblocks;
  pthread_mutex_unlock(&lock);
}

/* Frees B's block (through plain code for odd sites). */
static void release(struct expect *w, struct block *b) {
  if (!b->p)
    return;
  note(w, b->site, 0, -(long)b->size, -1);
  (b->site % 2 ? plain_free : free)(b->p);
  b->p = NULL;
}

/* Probe A: allocates at every site of A in an order of its own, frees
 * some of what it allocated two calls ago, grows some of last call's. */
RAZOR_PROBE("TRACE_MANY,debug") void probe_a(struct state *s, int i) {
  for (int j = 0; j < SITES_A; j++) {
    int k = (i * 7 + j * 13) % SITES_A, line = 0;
    char *p = NULL;
    switch (k) {
    case 0: p = malloc(SIZE_A(0)); line = __LINE__; break;
    case 1: p = malloc(SIZE_A(1)); line = __LINE__; break;
    case 2: p = malloc(SIZE_A(2)); line = __LINE__; break;
    case 3: p = malloc(SIZE_A(3)); line = __LINE__; break;
    case 4: p = malloc(SIZE_A(4)); line = __LINE__; break;
    case 5: p = malloc(SIZE_A(5)); line = __LINE__; break;
    case 6: p = malloc(SIZE_A(6)); line = __LINE__; break;
    case 7: p = malloc(SIZE_A(7)); line = __LINE__; break;
    case 8: p = malloc(SIZE_A(8)); line = __LINE__; break;
    case 9: p = malloc(SIZE_A(9)); line = __LINE__; break;
    case 10: p = malloc(SIZE_A(10)); line = __LINE__; break;
    case 11: p = malloc(SIZE_A(11)); line = __LINE__; break;
    case 12: p = malloc(SIZE_A(12)); line = __LINE__; break;
    case 13: p = malloc(SIZE_A(13)); line = __LINE__; break;
    case 14: p = malloc(SIZE_A(14)); line = __LINE__; break;
    case 15: p = malloc(SIZE_A(15)); line = __LINE__; break;
    case 16: p = malloc(SIZE_A(16)); line = __LINE__; break;
    case 17: p = malloc(SIZE_A(17)); line = __LINE__; break;
    case 18: p = malloc(SIZE_A(18)); line = __LINE__; break;
    case 19: p = malloc(SIZE_A(19)); line = __LINE__; break;
    case 20: p = malloc(SIZE_A(20)); line = __LINE__; break;
    case 21: p = malloc(SIZE_A(21)); line = __LINE__; break;
    case 22: p = malloc(SIZE_A(22)); line = __LINE__; break;
    case 23: p = malloc(SIZE_A(23)); line = __LINE__; break;
    case 24: p = malloc(SIZE_A(24)); line = __LINE__; break;
    case 25: p = malloc(SIZE_A(25)); line = __LINE__; break;
    case 26: p = malloc(SIZE_A(26)); line = __LINE__; break;
    case 27: p = malloc(SIZE_A(27)); line = __LINE__; break;
    case 28: p = malloc(SIZE_A(28)); line = __LINE__; break;
    case 29: p = malloc(SIZE_A(29)); line = __LINE__; break;
    case 30: p = malloc(SIZE_A(30)); line = __LINE__; break;
    case 31: p = malloc(SIZE_A(31)); line = __LINE__; break;
    case 32: p = malloc(SIZE_A(32)); line = __LINE__; break;
    case 33: p = malloc(SIZE_A(33)); line = __LINE__; break;
    case 34: p = malloc(SIZE_A(34)); line = __LINE__; break;
    case 35: p = malloc(SIZE_A(35)); line = __LINE__; break;
    case 36: p = malloc(SIZE_A(36)); line = __LINE__; break;
    case 37: p = malloc(SIZE_A(37)); line = __LINE__; break;
    case 38: p = malloc(SIZE_A(38)); line = __LINE__; break;
    case 39: p = malloc(SIZE_A(39)); line = __LINE__; break;
    }
    memset(p, k, SIZE_A(k));
    s->a[i][k] = (struct block){p, SIZE_A(k), k};
    note(want_a, k, line, SIZE_A(k), 1);
    if ((i + k) % 3 == 0)
      release(want_a, &s->a[i][k]);
    if (i >= 2 && (i + k) % 5 == 0)
      release(want_a, &s->a[i - 2][k]);
    struct block *last = i ? &s->a[i - 1][k] : NULL;
    if (last && last->p && (i * k) % 7 == 1) {
      last->p = plain_realloc(last->p, 2 * last->size);
      note(want_a, k, 0, (long)last->size, 0);
      last->size *= 2;
    }
  }
}

/* Probe B: its own sites; also frees some of probe A's blocks of this
 * call. */
RAZOR_PROBE("TRACE_MANY,debug") void probe_b(struct state *s, int i) {
  for (int j = 0; j < SITES_B; j++) {
    int k = (i * 3 + j * 7) % SITES_B, line = 0;
    char *p = NULL;
    switch (k) {
    case 0: p = calloc(1, SIZE_B(0)); line = __LINE__; break;
    case 1: p = calloc(1, SIZE_B(1)); line = __LINE__; break;
    case 2: p = calloc(1, SIZE_B(2)); line = __LINE__; break;
    case 3: p = calloc(1, SIZE_B(3)); line = __LINE__; break;
    case 4: p = calloc(1, SIZE_B(4)); line = __LINE__; break;
    case 5: p = calloc(1, SIZE_B(5)); line = __LINE__; break;
    case 6: p = calloc(1, SIZE_B(6)); line = __LINE__; break;
    case 7: p = calloc(1, SIZE_B(7)); line = __LINE__; break;
    case 8: p = calloc(1, SIZE_B(8)); line = __LINE__; break;
    case 9: p = calloc(1, SIZE_B(9)); line = __LINE__; break;
    case 10: p = calloc(1, SIZE_B(10)); line = __LINE__; break;
    case 11: p = calloc(1, SIZE_B(11)); line = __LINE__; break;
    case 12: p = calloc(1, SIZE_B(12)); line = __LINE__; break;
    case 13: p = calloc(1, SIZE_B(13)); line = __LINE__; break;
    case 14: p = calloc(1, SIZE_B(14)); line = __LINE__; break;
    case 15: p = calloc(1, SIZE_B(15)); line = __LINE__; break;
    case 16: p = calloc(1, SIZE_B(16)); line = __LINE__; break;
    case 17: p = calloc(1, SIZE_B(17)); line = __LINE__; break;
    case 18: p = calloc(1, SIZE_B(18)); line = __LINE__; break;
    case 19: p = calloc(1, SIZE_B(19)); line = __LINE__; break;
    }
    s->b[i][k] = (struct block){p, SIZE_B(k), k};
    note(want_b, k, line, SIZE_B(k), 1);
    if ((i * k) % 4 == 3)
      release(want_b, &s->b[i][k]);
    release(want_a, &s->a[i][(k * 2 + i) % SITES_A]);
  }
}

static void *run(void *arg) {
  struct state *s = arg;
  for (int i = 0; i < CALLS; i++) {
    probe_a(s, i);
    probe_b(s, i);
  }
  return NULL;
}

int main(void) {
  static struct state states[THREADS], last;
  pthread_t t[THREADS];
  for (int i = 0; i < THREADS; i++)
    pthread_create(&t[i], NULL, run, &states[i]);
  for (int i = 0; i < THREADS; i++)
    pthread_join(t[i], NULL);
  /* A last call of each probe with both threads done: its sample is the
   * one the report gives (probe_b's frees of probe_a's blocks come after
   * probe_a's last sample). */
  probe_a(&last, 0);
  struct expect at_last_a[SITES_A];
  memcpy(at_last_a, want_a, sizeof want_a);
  probe_b(&last, 0);
  for (int k = 0; k < SITES_A; k++)
    printf("expect probe_a line %d bytes %ld blocks %ld\n", at_last_a[k].line,
           at_last_a[k].bytes, at_last_a[k].blocks);
  for (int k = 0; k < SITES_B; k++)
    printf("expect probe_b line %d bytes %ld blocks %ld\n", want_b[k].line,
           want_b[k].bytes, want_b[k].blocks);
  return 0;
}
// CHECK-NOT: differs
// CHECK:     probe_a: 61 calls, 40 sites expected, 40 reported, 0 differ
// CHECK-NOT: differs
// CHECK:     probe_b: 61 calls, 20 sites expected, 20 reported, 0 differ
// CHECK-NOT: differs
