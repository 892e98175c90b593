// Two threads calling the same probe at once: every call and every block is counted exactly (2 x 50 calls, 100 blocks).
// RUN: %clang_razor -pthread %s -o %t
// RUN: env TRACE_MT=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s
#include <pthread.h>
#include <razortrace.h>
#include <stdlib.h>

#define CALLS 50

static void *kept[2][CALLS];
static pthread_barrier_t start;

RAZOR_PROBE("TRACE_MT") void record(int t, int i) {
  kept[t][i] = malloc(24);
  free(malloc(100));
}

static void *worker(void *arg) {
  int t = (int)(long)arg;
  pthread_barrier_wait(&start);
  for (int i = 0; i < CALLS; i++)
    record(t, i);
  return NULL;
}

int main(void) {
  pthread_t th[2];
  pthread_barrier_init(&start, NULL, 2);
  for (long t = 0; t < 2; t++)
    pthread_create(&th[t], NULL, worker, (void *)t);
  for (int t = 0; t < 2; t++)
    pthread_join(th[t], NULL);
  return 0;
}
// CHECK:      report 0: probes[0].calls = 100
// CHECK-NEXT: report 0: probes[0].sites[0].file = "{{.*}}/threads.c"
// CHECK-NEXT: report 0: probes[0].sites[0].line = 14
// CHECK-NEXT: report 0: probes[0].sites[0].column = 16
// CHECK:      report 0: probes[0].sites[0].total_bytes = 2400
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 100
// CHECK-NEXT: report 0: probes[0].sites[0].average_bytes = 24.0
// CHECK-NOT:  sites[1]
// CHECK:      jsonl: 1 report(s)
