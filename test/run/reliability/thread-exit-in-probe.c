// A thread that ends with pthread_exit() while a probe is active on it: that call is still sampled (as exit() closes the probes of its thread), so no call and no block is lost.
// Regression test; the bug it found (now fixed): nothing closes the activations of a thread that ends inside a probe
// (no pthread_key destructor; razor_close_all runs only for the thread that
// calls exit()): the 5 pthread_exit calls are never sampled (calls = 5) while
// their blocks are still added to the counters at allocation time (blocks =
// 9, total_bytes = 288): the report is inconsistent with itself.
// RUN: %clang_razor -pthread %s -o %t
// RUN: env TRACE_DIE=1 %env_razor_opts=format=json timeout 20 %run %t 2>&1 | %jsonl | FileCheck %s
#include <pthread.h>
#include <razortrace.h>
#include <stdlib.h>

#define THREADS 10

static void *kept[THREADS];

RAZOR_PROBE("TRACE_DIE") void last_words(int i) {
  kept[i] = malloc(32);
  if (i % 2)
    pthread_exit(NULL);
}

static void *worker(void *arg) {
  last_words((int)(long)arg);
  return NULL;
}

int main(void) {
  for (long i = 0; i < THREADS; i++) {
    pthread_t th;
    pthread_create(&th, NULL, worker, (void *)i);
    pthread_join(th, NULL);
  }
  return 0;
}
// CHECK:      report 0: probes[0].calls = 10
// CHECK:      report 0: probes[0].sites[0].source = "kept[i] = malloc(32);"
// CHECK:      report 0: probes[0].sites[0].total_bytes = 320
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 10
// CHECK:      jsonl: 1 report(s)
