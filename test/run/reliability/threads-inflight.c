// Blocks of a call still running on another thread count only once that call returns (SPEC 1): another thread's in-flight temporaries never make a leaking site look reclaimed, so strict still reports it. (Recognising allocation wrappers by shape is off here, no-auto-alloc: its helpers would charge their callers.)
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -O1 %s -o %t -lpthread
// RUN: env TRACE_INFLIGHT=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s
#include <pthread.h>
#include <razortrace.h>
#include <semaphore.h>
#include <stdlib.h>

#define ROUNDS 20

static sem_t a_go, b_holding, b_go;
static void *kept[ROUNDS];
static int nkept;

/* One allocation site for temporaries and kept blocks alike, as a request
 * handler's node_new() is. */
__attribute__((noinline)) static char *node_new(size_t n) {
  char *p = malloc(n); // node-line
  p[0] = 1;
  return p;
}

/* Each call allocates a temporary of 4000 bytes and frees it before it
 * returns; the calls on thread A also keep 16 bytes. */
RAZOR_PROBE("TRACE_INFLIGHT") void handle(int keep, sem_t *hold, sem_t *wait) {
  char *tmp = node_new(4000);
  if (hold) {
    sem_post(hold); /* B: holding its temporary while A runs whole calls */
    sem_wait(wait);
  }
  if (keep)
    kept[nkept++] = node_new(16);
  free(tmp);
}

static void *thread_b(void *arg) {
  (void)arg;
  for (int i = 0; i < ROUNDS; i++) {
    sem_wait(&a_go);
    handle(0, &b_holding, &b_go);
  }
  return NULL;
}

int main(void) {
  pthread_t b;
  sem_init(&a_go, 0, 0);
  sem_init(&b_holding, 0, 0);
  sem_init(&b_go, 0, 0);
  pthread_create(&b, NULL, thread_b, NULL);
  for (int i = 0; i < ROUNDS; i++) {
    sem_post(&a_go);
    sem_wait(&b_holding);     /* B is inside its call, 4000 bytes in flight */
    handle(1, NULL, NULL);    /* A's call returns and is sampled meanwhile */
    sem_post(&b_go);
  }
  pthread_join(b, NULL);
  return 0;
}
// CHECK: report 0: probes[0].function = "handle"
// CHECK-NEXT: report 0: probes[0].trigger = "TRACE_INFLIGHT"
// CHECK: report 0: probes[0].calls = 40
// CHECK-NEXT: report 0: probes[0].sites[0].file = "{{.*}}threads-inflight.c"
// CHECK-NEXT: report 0: probes[0].sites[0].line = 18
// CHECK: report 0: probes[0].sites[0].total_bytes = 320
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 20
// CHECK: report 0: probes[0].sites[0].reclaimed = false
// CHECK-NOT: probes[0].sites[1]
// CHECK: jsonl: 1 report(s)
