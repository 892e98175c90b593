// Four threads, each with a long-lived arena of its own (Inputs/arena.c, built without the plugin) that keeps 64 bytes a call, and all of them registering and giving back blocks of one shared pool at once: the kept blocks of all 40 calls are one finding with exactly their bytes, the four arenas' chunks are pool-chunk records (never a finding), the shared pool's blocks are not reported, and nothing is dropped.
// RUN: %clang -O2 -I%include -c %S/Inputs/arena.c -o %t.arena.o
// RUN: %clang_razor -g -O2 -pthread -I%S/Inputs %s %t.arena.o -o %t
// RUN: env TRACE_THR=1 %env_razor_opts=format=json %run %t 2>&1 >/dev/null | %jsonl | FileCheck %s
#include <pthread.h>
#include <razortrace.h>
#include <stdio.h>

#include "arena.h"

#define THREADS 4
#define CALLS 10

static struct arena arenas[THREADS];
static char shared_store[THREADS][CALLS][8][32];
static char shared_pool;
static char *kept[THREADS][CALLS];

RAZOR_PROBE("TRACE_THR,debug,min_calls=4") void work(int t, int i) {
  kept[t][i] = arena_alloc(&arenas[t], 64); /* <--- kept */
  snprintf(kept[t][i], 64, "thread %d call %d", t, i);
  for (int k = 0; k < 8; k++)
    razor_pool_alloc(&shared_pool, shared_store[t][i][k], 32);
  for (int k = 0; k < 8; k++)
    razor_pool_free(&shared_pool, shared_store[t][i][k]);
}
// CHECK-NOT:  dropped
// CHECK:      probes[0].calls = 40
// CHECK:      probes[0].sites[0].kind = "pool-chunk"
// CHECK-NEXT: probes[0].sites[0].total_bytes = 16448
// CHECK-NEXT: probes[0].sites[0].blocks = 4
// CHECK:      probes[0].sites[0].finding = false
// CHECK:      probes[0].sites[1].line = [[# @LINE - 13]]
// CHECK:      probes[0].sites[1].kind = "pool"
// CHECK-NEXT: probes[0].sites[1].total_bytes = 2560
// CHECK-NEXT: probes[0].sites[1].blocks = 40
// CHECK:      probes[0].sites[1].finding = true
// CHECK-NOT:  probes[0].sites[2]
// CHECK-NOT:  dropped

static void *run(void *arg) {
  int t = (int)(long)arg;
  for (int i = 0; i < CALLS; i++)
    work(t, i);
  return NULL;
}

int main(void) {
  pthread_t th[THREADS];
  for (long t = 0; t < THREADS; t++)
    pthread_create(&th[t], NULL, run, (void *)t);
  for (int t = 0; t < THREADS; t++)
    pthread_join(th[t], NULL);
  printf("%s\n", kept[3][9]);
  return 0;
}
