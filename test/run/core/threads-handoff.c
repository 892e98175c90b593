// Blocks a probe allocates and another thread releases are forgotten at once, whether they are among the allocating thread's newest blocks (its own small table) or older (moved to the shared one): only the blocks nobody released count, exactly, and a thread that ends hands its newest blocks on.
// RUN: %clang_razor -O1 -pthread %s -o %t
// RUN: env TRACE_HANDOFF=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s
#include <pthread.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

#define CALLS 40
#define PER_CALL 100 /* 4000 blocks in all: most move to the shared table */

static void *given[CALLS][PER_CALL], *held[CALLS][PER_CALL];
static void *kept[CALLS];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t ready = PTHREAD_COND_INITIALIZER;
static int produced, consumed;

/* Each call hands PER_CALL blocks of 48 bytes to the consumer and keeps
 * one of 16: the consumer frees a call's blocks right after it returns, so
 * they are still among the producer's newest. */
RAZOR_PROBE("TRACE_HANDOFF") void produce(int i) {
  for (int j = 0; j < PER_CALL; j++)
    given[i][j] = malloc(48);
  kept[i] = malloc(16);
}

static void *producer(void *arg) {
  (void)arg;
  for (int i = 0; i < CALLS; i++) {
    produce(i);
    pthread_mutex_lock(&lock);
    produced = i + 1;
    pthread_cond_signal(&ready);
    while (consumed < produced) /* the blocks are freed before the next call */
      pthread_cond_wait(&ready, &lock);
    pthread_mutex_unlock(&lock);
  }
  return NULL;
}

static void *consumer(void *arg) {
  (void)arg;
  for (int i = 0; i < CALLS; i++) {
    pthread_mutex_lock(&lock);
    while (produced <= i)
      pthread_cond_wait(&ready, &lock);
    pthread_mutex_unlock(&lock);
    /* Each freed block's memory is taken again at once, untraced, so the
     * producer cannot get the address back (a new block at an address the
     * table still held would replace the old entry and hide a missed
     * release). */
    for (int j = 0; j < PER_CALL; j++) {
      free(given[i][j]);
      held[i][j] = malloc(48);
    }
    pthread_mutex_lock(&lock);
    consumed = i + 1;
    pthread_cond_signal(&ready);
    pthread_mutex_unlock(&lock);
  }
  return NULL;
}

/* Threads whose probe keeps 10 blocks a call and that end: their newest
 * blocks move to the shared table.  The first makes 3 calls; main frees
 * its first call's 10 blocks; the second thread makes 5 more calls (8 in
 * all: enough for a verdict). */
static void *brief[80];
RAZOR_PROBE("TRACE_HANDOFF") void keep_brief(int k) {
  for (int j = 0; j < 10; j++)
    brief[k * 10 + j] = malloc(32);
}

static void *short_lived(void *arg) {
  int from = (int)(long)arg;
  for (int k = from; k < from + (from ? 5 : 3); k++)
    keep_brief(k);
  return NULL;
}

int main(void) {
  pthread_t p, c, s;
  pthread_create(&p, NULL, producer, NULL);
  pthread_create(&c, NULL, consumer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  pthread_create(&s, NULL, short_lived, (void *)0L);
  pthread_join(s, NULL);
  for (int j = 0; j < 10; j++) {
    free(brief[j]);
    held[0][j] = malloc(32);
  }
  pthread_create(&s, NULL, short_lived, (void *)3L);
  pthread_join(s, NULL);
  printf("done\n");
  return 0;
}
// CHECK:      report 0: probes[0].function = "produce"
// CHECK:      report 0: probes[0].calls = 40
// CHECK:      report 0: probes[0].sites[0].line = 24
// CHECK:      report 0: probes[0].sites[0].total_bytes = 640
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 40
// CHECK-NOT:  report 0: probes[0].sites[1]
// CHECK:      report 0: probes[1].function = "keep_brief"
// CHECK:      report 0: probes[1].calls = 8
// 80 blocks of 32 bytes, less the 10 main freed: 2240 bytes.  Sample 3 is
// taken when call 4 begins, after main freed call 1's blocks: 640, not 960.
// CHECK:      report 0: probes[1].sites[0].total_bytes = 2240
// CHECK-NEXT: report 0: probes[1].sites[0].blocks = 70
// CHECK:      report 0: probes[1].sites[0].samples = [320, 640, 640, 960, 1280, 1600, 1920, 2240]
// CHECK:      jsonl: 1 report(s)
