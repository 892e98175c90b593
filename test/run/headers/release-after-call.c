// Blocks released after the call that made them returned, on its own thread and on others, under two nested probes (a set of two), and blocks from before a reset released after it: the probes' figures are exactly what their calls kept (SPEC 1: frees count wherever and whenever they happen; a reset drops what came before), through the runtime's cache of other sets' contexts as through its slow way.
// RUN: %clang_razor -O1 -pthread %s -o %t
// RUN: env TRACE_REL=1 %env_razor_opts=format=json timeout 60 %run %t > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: %jsonl < %t.err | FileCheck %s
#include <pthread.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

#define THREADS 4
#define CALLS 300
#define EXTRA 12
#define QUEUE 8192

static void *kept[THREADS * CALLS + 8], *kept_inner[THREADS * CALLS + 8];
static void *held[8];
static int extras = 1, hold = -1;
static __thread void *mine[2 * EXTRA];
static __thread int nmine;

static void *queue[QUEUE];
static int head, tail;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

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

static void *pop(void) {
  void *p = NULL;
  pthread_mutex_lock(&lock);
  if (head != tail) {
    p = queue[head];
    head = (head + 1) % QUEUE;
  }
  pthread_mutex_unlock(&lock);
  return p;
}

/* Inside outer: its blocks count for both probes.  Each call keeps its
 * first block; the others are freed later. */
RAZOR_PROBE("TRACE_REL,debug") void inner(int slot) {
  for (int k = 0; k < (extras ? EXTRA : 1); k++) {
    void *p = malloc(8 + k);
    if (k)
      mine[nmine++] = p;
    else
      kept_inner[slot] = p;
  }
}

/* One of inner's blocks is freed while this call runs (still pending in
 * it), the others after it returned. */
RAZOR_PROBE("TRACE_REL,debug") void outer(int slot) {
  for (int k = 0; k < (extras ? EXTRA : 1); k++) {
    void *p = calloc(2, 8 + k);
    if (k)
      mine[nmine++] = p;
    else
      kept[slot] = p;
  }
  inner(slot);
  if (extras)
    free(mine[--nmine]);
  if (hold >= 0)
    held[hold] = malloc(200);
}

/* After each call: half of its blocks freed here, half handed to whichever
 * thread takes them. */
static void *worker(void *arg) {
  int id = (int)(long)arg;
  for (int i = 0; i < CALLS; i++) {
    nmine = 0;
    outer(id * CALLS + i);
    for (int k = 0; k < nmine; k++) {
      if (k % 2)
        push(mine[k]);
      else
        free(mine[k]);
    }
    for (void *p; (p = pop()) != NULL;)
      free(p);
  }
  return NULL;
}

int main(void) {
  /* Before a reset: four 200-byte blocks, one of them freed at once (its
   * context is cached then), the others once the reset is long past. */
  extras = 0;
  for (hold = 0; hold < 4; hold++)
    outer(THREADS * CALLS + hold);
  free(held[0]);
  razor_probe_reset(razor_probe_find("outer"));
  razor_probe_reset(razor_probe_find("inner"));
  extras = 1;
  hold = -1;
  pthread_t t[THREADS];
  for (int i = 0; i < THREADS; i++)
    pthread_create(&t[i], NULL, worker, (void *)(long)i);
  for (int i = 0; i < THREADS; i++)
    pthread_join(t[i], NULL);
  for (void *p; (p = pop()) != NULL;)
    free(p);
  /* After it: two more kept, then the old three go. */
  extras = 0;
  for (hold = 4; hold < 6; hold++)
    outer(THREADS * CALLS + hold);
  for (int j = 1; j < 4; j++)
    free(held[j]);
  /* The last sample, with nothing but what the calls kept. */
  hold = -1;
  outer(THREADS * CALLS + 6);
  printf("done\n");
  return 0;
}
// OUT: done

// Since the reset: 1200 threaded calls, two holding 200 bytes, the last one;
// each kept 16 bytes and, in inner, 8.
// CHECK:      report 0: probes[0].function = "inner"
// CHECK:      report 0: probes[0].calls = 1203
// CHECK:      report 0: probes[0].sites[0].source = "void *p = malloc(8 + k);"
// CHECK:      report 0: probes[0].sites[0].total_bytes = 9624
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 1203
// CHECK-NOT:  probes[0].sites[1]
// CHECK:      report 0: probes[1].function = "outer"
// CHECK:      report 0: probes[1].calls = 1203
// CHECK:      report 0: probes[1].sites[0].source = "void *p = calloc(2, 8 + k);"
// CHECK:      report 0: probes[1].sites[0].total_bytes = 19248
// CHECK-NEXT: report 0: probes[1].sites[0].blocks = 1203
// CHECK:      report 0: probes[1].sites[1].source = "void *p = malloc(8 + k);"
// CHECK:      report 0: probes[1].sites[1].total_bytes = 9624
// CHECK-NEXT: report 0: probes[1].sites[1].blocks = 1203
// CHECK:      report 0: probes[1].sites[2].source = "held[hold] = malloc(200);"
// CHECK:      report 0: probes[1].sites[2].total_bytes = 400
// CHECK-NEXT: report 0: probes[1].sites[2].blocks = 2
// CHECK-NOT:  probes[1].sites[3]
// CHECK:      jsonl: 1 report(s)
