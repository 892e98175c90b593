// Four threads sample a probe at once and hand the blocks each call allocates (headed, through malloc, calloc, strdup and plain code) to the other threads, which resize some and free all of them while the allocating calls may still run: nothing crashes, and once every handed block is gone the probe's figures are exactly the blocks its calls kept.
// RUN: %clang -c %S/Inputs/plain-ops.c -o %t.ops.o
// RUN: %clang_razor -O1 -pthread %s %t.ops.o -o %t
// RUN: env TRACE_CROSS=1 %env_razor_opts=format=json timeout 60 %run %t > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: %jsonl < %t.err | FileCheck %s
#include <pthread.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "Inputs/plain-ops.h"

#define THREADS 4
#define CALLS 200
#define HANDED 20
#define QUEUE 4096

static void *queue[QUEUE];
static int head, tail, producers = THREADS;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static void *kept[THREADS * CALLS + 1];
static long freed, resized;

static void push(void *p) {
  pthread_mutex_lock(&lock);
  while ((tail + 1) % QUEUE == head) {
    pthread_mutex_unlock(&lock);
    sched_yield();
    pthread_mutex_lock(&lock);
  }
  queue[tail] = p;
  tail = (tail + 1) % QUEUE;
  pthread_mutex_unlock(&lock);
}

/* A handed block, or NULL when none is there; *DONE when none will come. */
static void *pop(int *done) {
  void *p = NULL;
  pthread_mutex_lock(&lock);
  if (head != tail) {
    p = queue[head];
    head = (head + 1) % QUEUE;
  }
  *done = !p && producers == 0;
  pthread_mutex_unlock(&lock);
  return p;
}

/* Each call keeps one 16-byte block and hands HANDED others on.  debug:
 * every site that retains anything at the last sample is listed. */
RAZOR_PROBE("TRACE_CROSS,debug") void produce(int slot) {
  for (int k = 0; k < HANDED; k++) {
    void *p;
    switch (k % 4) {
    case 0: p = malloc(24 + k); break;
    case 1: p = calloc(3, 8 + k); break;
    case 2: p = strdup("handed to another thread"); break;
    default: p = plain_malloc(100 + k); break;
    }
    push(p);
  }
  kept[slot] = malloc(16);
}

static void drain(long *nfreed, long *nresized) {
  void *p;
  int done = 0;
  while ((p = pop(&done)) != NULL) {
    if ((*nfreed + *nresized) % 3 == 0) { /* grown first, by plain code or not */
      p = (*nfreed % 2 ? plain_realloc : realloc)(p, 300);
      (*nresized)++;
    }
    (*nfreed % 2 ? plain_free : free)(p);
    (*nfreed)++;
  }
}

static void *worker(void *arg) {
  int id = (int)(long)arg;
  long nfreed = 0, nresized = 0;
  for (int i = 0; i < CALLS; i++) {
    produce(id * CALLS + i);
    drain(&nfreed, &nresized);
  }
  pthread_mutex_lock(&lock);
  producers--;
  pthread_mutex_unlock(&lock);
  int done = 0;
  while (!done) {
    void *p = pop(&done);
    if (p) {
      free(p);
      nfreed++;
    } else if (!done) {
      sched_yield();
    }
  }
  pthread_mutex_lock(&lock);
  freed += nfreed;
  resized += nresized;
  pthread_mutex_unlock(&lock);
  return NULL;
}

int main(void) {
  pthread_t t[THREADS];
  for (int i = 0; i < THREADS; i++)
    pthread_create(&t[i], NULL, worker, (void *)(long)i);
  for (int i = 0; i < THREADS; i++)
    pthread_join(t[i], NULL);
  /* The last sample, after every handed block is gone. */
  produce(THREADS * CALLS);
  long more = 0, ignored = 0;
  drain(&more, &ignored);
  printf("freed %ld handed blocks, resized some: %d\n", freed + more, resized > 0);
  return 0;
}
// OUT: freed 16020 handed blocks, resized some: 1

// 801 calls each keeping 16 bytes; the handed blocks of the last call are
// still there at its sample, those of the other calls are all gone.
// CHECK:      report 0: probes[0].calls = 801
// CHECK:      report 0: probes[0].sites[0].source = "kept[slot] = malloc(16);"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 12816
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 801
// The last call's handed blocks: malloc(24 + k) for k = 0, 4, .. 16;
// calloc(3, 8 + k) for k = 1, 5, .. 17; plain code's malloc(100 + k) for
// k = 3, 7, .. 19; five strdups of 25 bytes.
// CHECK:      report 0: probes[0].sites[1].source = "default: p = plain_malloc(100 + k); break;"
// CHECK:      report 0: probes[0].sites[1].total_bytes = 555
// CHECK-NEXT: report 0: probes[0].sites[1].blocks = 5
// CHECK:      report 0: probes[0].sites[2].source = "case 1: p = calloc(3, 8 + k); break;"
// CHECK:      report 0: probes[0].sites[2].total_bytes = 255
// CHECK-NEXT: report 0: probes[0].sites[2].blocks = 5
// CHECK:      report 0: probes[0].sites[3].source = "case 0: p = malloc(24 + k); break;"
// CHECK:      report 0: probes[0].sites[3].total_bytes = 160
// CHECK-NEXT: report 0: probes[0].sites[3].blocks = 5
// CHECK:      report 0: probes[0].sites[4].source = "case 2: p = strdup(\"handed to another thread\"); break;"
// CHECK:      report 0: probes[0].sites[4].total_bytes = 125
// CHECK-NEXT: report 0: probes[0].sites[4].blocks = 5
// CHECK-NOT:  sites[5]
// CHECK:      jsonl: 1 report(s)
