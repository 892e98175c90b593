// A signal handler that runs while a probe samples (raise() inside the call) frees blocks of that probe (the previous call's and the current call's) and grows one with realloc; one that runs between calls frees another: every release and resize counts at once and exactly, and nothing crashes.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_SIG=1 %env_razor_opts=format=json %run %t > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: %jsonl < %t.err | FileCheck %s
#include <razortrace.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CALLS 5
static char *prev_x, *cur_y, *grown, *held[CALLS];
static volatile int inside, outside, freed_outside;

static void in_call(int sig) {
  (void)sig;
  free(prev_x);
  prev_x = NULL;
  free(cur_y);
  cur_y = NULL;
  inside++;
  grown = realloc(grown, 16 * inside);
  memset(grown, 'g', 16 * inside);
}

static void between_calls(int sig) {
  (void)sig;
  outside++;
  if (outside % 2 == 0) { /* after the even-numbered calls */
    free(held[outside - 1]);
    held[outside - 1] = NULL;
    freed_outside++;
  }
}

/* debug: every site that retains anything is listed, growing or not.
 * min_calls=5: the five calls are judged (the figures are the point). */
RAZOR_PROBE("TRACE_SIG,debug,min_calls=5") void work(int i) {
  char *x = malloc(64);
  cur_y = malloc(48);
  held[i] = malloc(32);
  raise(SIGUSR1);
  prev_x = x;
}

int main(void) {
  signal(SIGUSR1, in_call);
  signal(SIGUSR2, between_calls);
  for (int i = 0; i < CALLS; i++) {
    work(i);
    raise(SIGUSR2);
  }
  printf("%d handled in calls, %d between, %d freed there, grown to %d, last byte %c\n",
         inside, outside, freed_outside, 16 * inside, grown[16 * inside - 1]);
  free(prev_x);
  return 0;
}
// OUT: 5 handled in calls, 5 between, 2 freed there, grown to 80, last byte g

// CHECK:      report 0: probes[0].calls = 5
// held: 32 a call; the 2nd and 4th calls' are freed by the handler after
// them, before the next call begins, when their samples are taken.
// CHECK:      report 0: probes[0].sites[0].source = "held[i] = malloc(32);"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 96
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 3
// CHECK:      report 0: probes[0].sites[0].samples = [32, 32, 64, 64, 96]
// grown: one block, 16 bytes more each call, at the handler's realloc.
// CHECK:      report 0: probes[0].sites[1].source = "grown = realloc(grown, 16 * inside);"
// CHECK-NEXT: report 0: probes[0].sites[1].kind = "realloc"
// CHECK-NEXT: report 0: probes[0].sites[1].total_bytes = 80
// CHECK-NEXT: report 0: probes[0].sites[1].blocks = 1
// CHECK:      report 0: probes[0].sites[1].samples = [16, 32, 48, 64, 80]
// x: only the current call's; the handler freed the previous one.
// CHECK:      report 0: probes[0].sites[2].source = "char *x = malloc(64);"
// CHECK-NEXT: report 0: probes[0].sites[2].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[2].total_bytes = 64
// CHECK-NEXT: report 0: probes[0].sites[2].blocks = 1
// CHECK:      report 0: probes[0].sites[2].samples = [64, 64, 64, 64, 64]
// y is freed by the handler within its call: it never counts at a sample.
// CHECK-NOT:  sites[3]
// CHECK:      jsonl: 1 report(s)
