// A `clear` probe called at the same time on two threads, each call handing a block to the other thread, which frees it while the call that made it still runs: each call is judged alone, on its own blocks (SPEC 1: frees count wherever they happen; a call's blocks count once it returns), so the exit report's totals are exactly what the calls kept, and each per-call report names that call's blocks only.
// RUN: %clang_razor -O1 -pthread %s -o %t
// RUN: env TRACE_CTX=1 %env_razor_opts=format=json:report=none %run %t 2>&1 | %jsonl | FileCheck %s
// RUN: env TRACE_CTX=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s --check-prefix=CALL
#include <pthread.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

#define THREADS 2
#define CALLS 500

static void *mailbox[THREADS];
static void *kept[THREADS][CALLS];
static pthread_barrier_t handed, taken;

/* Keeps 40 bytes in every other call; the 24-byte block goes to the other
 * thread, which frees it before this call returns. */
RAZOR_PROBE("TRACE_CTX,clear") void step(int t, int i) {
  mailbox[t] = malloc(24);
  pthread_barrier_wait(&handed);
  free(mailbox[(t + 1) % THREADS]);
  pthread_barrier_wait(&taken);
  if (i % 2 == 0)
    kept[t][i] = malloc(40);
}

static void *worker(void *arg) {
  int t = (int)(long)arg;
  for (int i = 0; i < CALLS; i++)
    step(t, i);
  return NULL;
}

int main(void) {
  pthread_barrier_init(&handed, NULL, THREADS);
  pthread_barrier_init(&taken, NULL, THREADS);
  pthread_t th[THREADS];
  for (long t = 0; t < THREADS; t++)
    pthread_create(&th[t], NULL, worker, (void *)t);
  for (int t = 0; t < THREADS; t++)
    pthread_join(th[t], NULL);
  razor_report(stderr);
  return 0;
}
// 2 threads * 250 calls kept 40 bytes each: 500 blocks, 20000 bytes; the
// handed blocks are never counted.
// CHECK:      report 0: probes[0].function = "step"
// CHECK-NEXT: report 0: probes[0].trigger = "TRACE_CTX"
// CHECK:      report 0: probes[0].calls = 1000
// CHECK-NEXT: report 0: probes[0].sites[0].file =
// CHECK-NEXT: report 0: probes[0].sites[0].line = 25
// CHECK:      report 0: probes[0].sites[0].total_bytes = 20000
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 500
// CHECK-NOT:  probes[0].sites[1]

// With a report after each call: 1000 reports of one call each, 500 of
// them with the 40-byte block alone, none with the handed block; then the
// exit report's totals.
// RUN: env TRACE_CTX=1 %env_razor_opts=format=json %run %t 2>&1 | grep '"calls": 1, "sites": \[{' | grep -v '}, {"file"' | grep -c '"line": 25, "column": [0-9]*, .*"total_bytes": 40, "blocks": 1,' | FileCheck %s --check-prefix=COUNT
// RUN: env TRACE_CTX=1 %env_razor_opts=format=json %run %t 2>&1 | grep -c '"calls": 1, "sites": \[\]' | FileCheck %s --check-prefix=COUNT
// COUNT: {{^}}500{{$}}
// CALL:      report 1001: probes[0].calls = 1000
// CALL:      report 1001: probes[0].sites[0].total_bytes = 20000
// CALL-NEXT: report 1001: probes[0].sites[0].blocks = 500
// CALL-NOT:  "line": 20
