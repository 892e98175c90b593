// A timer signal handler that mallocs and frees while its thread is inside the runtime (a probe hammering malloc/free) neither deadlocks nor crashes, and the probe's findings stay exact.
// Regression test; the bug it found (now fixed): the heap table's per-shard spinlocks are not re-entrant and signals are
// not blocked while one is held: a handler that allocates or frees while its
// thread holds the lock of the same shard (razor_heap_insert/razor_heap_remove,
// reached from forget() or track_at()) spins forever.
//
// The handler only takes blocks from glibc's tcache bins of sizes the loop
// never uses (warmed up before the timer starts), so glibc's own state is
// not re-entered: only razortrace's paths are under test.  The loop cycles
// through a ring of live blocks so that its pointers, and the table shards
// they lock, vary.  Bounded: about 800 ticks of 1 ms; `timeout` turns a hang
// into a failure.
// RUN: %clang_razor -O1 %s -o %t
// RUN: env TRACE_SIG=1 %env_razor_opts=format=json timeout 30 %run %t > %t.out 2>&1
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: %jsonl < %t.out | FileCheck %s
#include <razortrace.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#define CALLS 800
#define CLASSES 8
#define PER_CLASS 7

static volatile sig_atomic_t ticks;
static void *kept[CALLS];

static void on_tick(int sig) {
  (void)sig;
  void *b[CLASSES * PER_CLASS];
  for (int i = 0; i < CLASSES * PER_CLASS; i++)
    b[i] = malloc(100 + 100 * (i % CLASSES));
  for (int i = 0; i < CLASSES * PER_CLASS; i++)
    free(b[i]);
  ticks++;
}

#define RING 64
static void *ring[RING];

/* Allocates and frees until the next tick (at most 200000 rounds). */
RAZOR_PROBE("TRACE_SIG") void work(int i) {
  kept[i] = malloc(40);
  int seen = ticks;
  for (int j = 0; j < 200000 && ticks == seen; j++) {
    free(ring[j % RING]);
    ring[j % RING] = malloc(24);
  }
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_tick;
  sa.sa_flags = SA_RESTART;
  sigaction(SIGALRM, &sa, NULL);
  on_tick(0);
  struct itimerval it = {{0, 1000}, {0, 1000}};
  setitimer(ITIMER_REAL, &it, NULL);
  for (int i = 0; i < CALLS; i++)
    work(i);
  struct itimerval off = {{0, 0}, {0, 0}};
  setitimer(ITIMER_REAL, &off, NULL);
  for (int j = 0; j < RING; j++)
    free(ring[j]);
  printf("ticks>=%d: %d\n", CALLS / 2, ticks >= CALLS / 2);
  fflush(stdout);
  return 0;
}
// OUT: ticks>=400: 1

// CHECK:      report 0: probes[0].calls = 800
// CHECK:      report 0: probes[0].sites[0].source = "kept[i] = malloc(40);"
// CHECK:      report 0: probes[0].sites[0].total_bytes = 32000
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 800
// CHECK-NOT:  sites[1]
// CHECK:      jsonl: 1 report(s)
