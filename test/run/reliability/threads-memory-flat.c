// 10^5 short-lived threads, each calling a sampled probe that allocates, keeps and frees: the runtime's memory stays flat (a thread's state goes to the next thread once it ends), and every call is counted.
// RUN: %clang_razor -O1 -pthread %s -o %t
// RUN: env TRACE_THREADMEM=1 %env_razor_opts=format=json timeout 300 %run %t 2>%t.json | FileCheck %s
// RUN: %jsonl < %t.json | FileCheck %s --check-prefix=JSON
#include <pthread.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "Inputs/rss.h"

#define THREADS 100000

static void *kept[THREADS / 1000];

RAZOR_PROBE("TRACE_THREADMEM") void work(long i) {
  void *a = malloc(48), *b = malloc(300);
  free(b);
  if (i % 1000 == 0)
    kept[i / 1000] = a;
  else
    free(a);
}

static void *thread_main(void *arg) {
  work((long)arg);
  return NULL;
}

static void run(long from, long to) {
  for (long i = from; i < to; i += 2) {
    pthread_t a, b;
    pthread_create(&a, NULL, thread_main, (void *)i);
    pthread_create(&b, NULL, thread_main, (void *)(i + 1));
    pthread_join(a, NULL);
    pthread_join(b, NULL);
  }
}

int main(void) {
  run(0, THREADS / 10);
  long warm = rss_kb();
  run(THREADS / 10, THREADS);
  /* Before: about 160 bytes a thread, 14.5 MB over these 9*10^4 threads. */
  rss_flat(warm, THREADS - THREADS / 10, "threads");
  return 0;
}
// CHECK: rss grew by less than 512 KB over 90000 threads
// CHECK-NOT: KB)

// JSON: report 0: probes[0].function = "work"
// JSON: report 0: probes[0].calls = 100000
// JSON: report 0: probes[0].sites[0].total_bytes = 4800
// JSON-NEXT: report 0: probes[0].sites[0].blocks = 100
