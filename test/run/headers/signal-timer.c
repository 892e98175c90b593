// A timer signal handler frees blocks a probe allocated earlier, each while the thread is somewhere in a probe hammering malloc and free (often inside the runtime's own bookkeeping): no crash, no hang, the hammering probe's figures stay exact, and every block the handler freed counts no more.
// The handler's blocks are of five size classes the loop never uses, seven
// of each made right before the timer starts, so glibc's tcache bins for
// them are empty and the handler's frees (one a tick, 35 in all) only go
// there: glibc's own state is not re-entered, only razortrace's paths are
// under test.  The pool's second sample must be 0.
// RUN: %clang_razor -O1 %s -o %t
// RUN: env TRACE_POOL=1 TRACE_HAMMER=1 %env_razor_opts=format=json timeout 30 %run %t > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: %jsonl < %t.err | FileCheck %s
#include <razortrace.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#define CALLS 300
#define CLASSES 5
#define POOL (7 * CLASSES)
#define RING 64

static void *pool[POOL], *kept[CALLS], *ring[RING];
static volatile sig_atomic_t ticks, pool_freed;

static void on_tick(int sig) {
  (void)sig;
  if (pool_freed < POOL) {
    free(pool[pool_freed]);
    pool[pool_freed] = NULL;
    pool_freed++;
  }
  ticks++;
}

/* debug: its site is listed whatever it holds.  The second call (N == 0)
 * only samples: by then the handler has freed the whole pool. */
RAZOR_PROBE("TRACE_POOL,debug") void fill_pool(int n) {
  for (int k = 0; k < n; k++)
    pool[k] = malloc(500 + 100 * (k % CLASSES));
}

/* Keeps 40 bytes a call, then allocates and frees until the next tick. */
RAZOR_PROBE("TRACE_HAMMER") void hammer(int i) {
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
  fill_pool(POOL);
  struct itimerval it = {{0, 1000}, {0, 1000}};
  setitimer(ITIMER_REAL, &it, NULL);
  for (int i = 0; i < CALLS; i++)
    hammer(i);
  struct itimerval off = {{0, 0}, {0, 0}};
  setitimer(ITIMER_REAL, &off, NULL);
  fill_pool(0);
  for (int j = 0; j < RING; j++)
    free(ring[j]);
  printf("pool freed by the handler: %d, ticks >= %d: %d\n", (int)pool_freed,
         CALLS / 2, ticks >= CALLS / 2);
  return 0;
}
// OUT: pool freed by the handler: 35, ticks >= 150: 1

// CHECK:      report 0: probes[0].function = "fill_pool"
// CHECK-NEXT: report 0: probes[0].trigger = "TRACE_POOL"
// CHECK:      report 0: probes[0].calls = 2
// CHECK-NEXT: report 0: probes[0].sites = []
// CHECK:      report 0: probes[1].function = "hammer"
// CHECK:      report 0: probes[1].calls = 300
// CHECK:      report 0: probes[1].sites[0].source = "kept[i] = malloc(40);"
// CHECK:      report 0: probes[1].sites[0].total_bytes = 12000
// CHECK-NEXT: report 0: probes[1].sites[0].blocks = 300
// CHECK-NOT:  sites[1]
// CHECK:      jsonl: 1 report(s)
