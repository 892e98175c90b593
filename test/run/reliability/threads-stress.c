// Eight threads at once: the same probe called concurrently, two other probes called concurrently by half the threads each, blocks freed on another thread than the one that allocated them, threads started inside a probe: every call and every block is counted exactly per probe.
// Every call of `shared` allocates a kept block and a hand-off block; inside
// the call, between two barriers, each thread frees its neighbour's hand-off
// block, so the hand-off site is 0 at every sample (never a finding) while
// the kept site grows by 8 blocks a round.  `spawner` starts and joins two
// threads whose allocations do not count for it (same-thread attribution).
// RUN: %clang_razor -O1 -pthread %s -o %t
// RUN: env TRACE_MT=1 %env_razor_opts=format=json timeout 60 %run %t 2>&1 | %jsonl | FileCheck %s
#include <pthread.h>
#include <razortrace.h>
#include <stdlib.h>

#define THREADS 8
#define ROUNDS 250

static void *kept[THREADS][ROUNDS];
static void *kept_half[THREADS][ROUNDS];
static void *by_helper[THREADS][ROUNDS / 25][2];
static void *mailbox[THREADS];
static pthread_barrier_t allocated, freed;

RAZOR_PROBE("TRACE_MT") void shared(int t, int r) {
  kept[t][r] = malloc(16);
  mailbox[t] = malloc(64);
  for (int j = 0; j < 50; j++) {
    void *volatile p = malloc(8 + j);
    free(p);
  }
  pthread_barrier_wait(&allocated);
  free(mailbox[(t + 1) % THREADS]);
  pthread_barrier_wait(&freed);
}

RAZOR_PROBE("TRACE_MT") void even(int t, int r) {
  kept_half[t][r] = malloc(8);
}

RAZOR_PROBE("TRACE_MT") void odd(int t, int r) {
  kept_half[t][r] = calloc(3, 8);
}

static void *helper(void *slot) {
  *(void **)slot = malloc(1000);
  return NULL;
}

static void *by_spawner[THREADS][ROUNDS / 25];

RAZOR_PROBE("TRACE_MT") void spawner(int t, int k) {
  pthread_t h[2];
  for (int i = 0; i < 2; i++)
    pthread_create(&h[i], NULL, helper, &by_helper[t][k][i]);
  for (int i = 0; i < 2; i++)
    pthread_join(h[i], NULL);
  by_spawner[t][k] = malloc(10);
}

static void *worker(void *arg) {
  int t = (int)(long)arg;
  for (int r = 0; r < ROUNDS; r++) {
    shared(t, r);
    if (t % 2)
      odd(t, r);
    else
      even(t, r);
    if (r % 25 == 0)
      spawner(t, r / 25);
  }
  return NULL;
}

int main(void) {
  pthread_t th[THREADS];
  pthread_barrier_init(&allocated, NULL, THREADS);
  pthread_barrier_init(&freed, NULL, THREADS);
  for (long t = 0; t < THREADS; t++)
    pthread_create(&th[t], NULL, worker, (void *)t);
  for (int t = 0; t < THREADS; t++)
    pthread_join(th[t], NULL);
  return 0;
}
// CHECK:      report 0: probes[0].function = "shared"
// CHECK:      report 0: probes[0].calls = 2000
// CHECK-NEXT: report 0: probes[0].sites[0].file = "{{.*}}threads-stress.c"
// CHECK:      report 0: probes[0].sites[0].source = "kept[t][r] = malloc(16);"
// CHECK:      report 0: probes[0].sites[0].total_bytes = 32000
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 2000
// CHECK-NOT:  probes[0].sites[1]
// CHECK:      report 0: probes[1].function = "even"
// CHECK:      report 0: probes[1].calls = 1000
// CHECK:      report 0: probes[1].sites[0].source = "kept_half[t][r] = malloc(8);"
// CHECK:      report 0: probes[1].sites[0].total_bytes = 8000
// CHECK-NEXT: report 0: probes[1].sites[0].blocks = 1000
// CHECK-NOT:  probes[1].sites[1]
// CHECK:      report 0: probes[2].function = "odd"
// CHECK:      report 0: probes[2].calls = 1000
// CHECK:      report 0: probes[2].sites[0].source = "kept_half[t][r] = calloc(3, 8);"
// CHECK:      report 0: probes[2].sites[0].total_bytes = 24000
// CHECK-NEXT: report 0: probes[2].sites[0].blocks = 1000
// CHECK-NOT:  probes[2].sites[1]
// CHECK:      report 0: probes[3].function = "spawner"
// CHECK:      report 0: probes[3].calls = 80
// CHECK:      report 0: probes[3].sites[0].source = "by_spawner[t][k] = malloc(10);"
// CHECK:      report 0: probes[3].sites[0].total_bytes = 800
// CHECK-NEXT: report 0: probes[3].sites[0].blocks = 80
// CHECK-NOT:  sites[1]
// CHECK:      jsonl: 1 report(s)
