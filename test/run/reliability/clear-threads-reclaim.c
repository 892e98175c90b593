// A `clear` probe nested in another probe on four threads, with blocks freed by another thread after the call that made them: the probe sets and contexts the clear calls leave behind are reclaimed by whichever thread releases their last block, the runtime's memory stays flat, and the outer probe's figures are exact, and so are the clear probe's totals over its calls (each call's own blocks, though calls on other threads begin and end meanwhile).
// RUN: %clang_razor -O1 -pthread %s -o %t
// RUN: env TRACE_NEST=1 %env_razor_opts=format=json:report=none timeout 120 %run %t 2>%t.json | FileCheck %s
// RUN: %jsonl < %t.json | FileCheck %s --check-prefix=JSON
#include <pthread.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "Inputs/rss.h"

#define THREADS 4
#define SESSIONS 100
#define STEPS 100

static void *mailbox[THREADS];
static void *kept[THREADS][SESSIONS];
static pthread_barrier_t made, taken;

RAZOR_PROBE("TRACE_NEST,clear") void step(int t, int i) {
  free(malloc(100));
  mailbox[t] = malloc(40); /* freed by the next thread, after this call */
  (void)i;
}

RAZOR_PROBE("TRACE_NEST") void session(int t, int s) {
  for (int i = 0; i < STEPS; i++) {
    step(t, i);
    pthread_barrier_wait(&made);
    free(mailbox[(t + 1) % THREADS]);
    pthread_barrier_wait(&taken);
  }
  if (s % 10 == 0)
    kept[t][s] = malloc(24); /* the outer probe's slow leak */
}

static long warm;

static void *worker(void *arg) {
  int t = (int)(long)arg;
  for (int s = 0; s < SESSIONS; s++) {
    if (s == SESSIONS / 5) {
      pthread_barrier_wait(&made);
      if (t == 0)
        warm = rss_kb();
      pthread_barrier_wait(&taken);
    }
    session(t, s);
  }
  return NULL;
}

int main(void) {
  pthread_barrier_init(&made, NULL, THREADS);
  pthread_barrier_init(&taken, NULL, THREADS);
  pthread_t th[THREADS];
  for (long t = 0; t < THREADS; t++)
    pthread_create(&th[t], NULL, worker, (void *)t);
  for (int t = 0; t < THREADS; t++)
    pthread_join(th[t], NULL);
  rss_flat(warm, THREADS * STEPS * (SESSIONS - SESSIONS / 5), "clear calls");
  razor_report(stderr); /* report=none: no report after each step */
  return 0;
}
// CHECK: rss grew by less than 512 KB over 32000 clear calls
// CHECK-NOT: KB)

// Each step call kept its 40-byte mailbox block at its return, judged
// alone: 40000 blocks, whatever the calls on the other threads did
// meanwhile (a call's figures are its own, not the probe's shared counts,
// which another thread's call would reset or add to); every call's
// figure is 40 (one change point).
// JSON:      report 0: probes[0].function = "step"
// JSON:      report 0: probes[0].calls = 40000
// JSON:      report 0: probes[0].sites[0].source = "mailbox[t] = malloc(40); /* freed by the next thread, after this call */"
// JSON:      report 0: probes[0].sites[0].total_bytes = 1600000
// JSON-NEXT: report 0: probes[0].sites[0].blocks = 40000
// JSON:      report 0: probes[0].sites[0].samples = [40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40]
// JSON-NOT:  probes[0].sites[1]
// JSON:      report 0: probes[1].function = "session"
// JSON:      report 0: probes[1].calls = 400
// JSON:      report 0: probes[1].sites[0].source = "kept[t][s] = malloc(24); /* the outer probe's slow leak */"
// JSON:      report 0: probes[1].sites[0].total_bytes = 960
// JSON-NEXT: report 0: probes[1].sites[0].blocks = 40
// JSON-NOT:  probes[1].sites[1]
