// Allocations made by a thread the probe starts do not count for the probe: only the probe's own thread is sampled.
// RUN: %clang_razor -pthread %s -o %t
// RUN: env TRACE_SPAWN=1 %run %t 2>&1 | FileCheck %s --implicit-check-not=helper
#include <pthread.h>
#include <razortrace.h>
#include <stdlib.h>

static void *by_helper[20], *by_probe[20];

static void *helper(void *arg) {
  int i = (int)(long)arg;
  by_helper[i] = malloc(1000);
  return NULL;
}

RAZOR_PROBE("TRACE_SPAWN") void spawn(int i) {
  pthread_t th;
  pthread_create(&th, NULL, helper, (void *)(long)i);
  pthread_join(th, NULL);
  by_probe[i] = malloc(10);
}

int main(void) {
  for (int i = 0; i < 20; i++)
    spawn(i);
  return 0;
}
// CHECK:      razortrace: probe spawn (trigger TRACE_SPAWN) in {{.*}} — 20 calls sampled
// CHECK-NEXT: line: 20 column: 17 function: spawn command: by_probe[i] = malloc(10);
// CHECK-NEXT: • blocks: 20
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s)
