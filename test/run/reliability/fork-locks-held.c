// fork() while another thread is inside the runtime (sampling a probe, writing per-call reports, freeing tracked blocks) never hands the child a held lock: every child runs a probe, exits and writes its report; the parent's findings are exact.
// Regression test; the bug it found (now fixed): razor_report.c's report_mutex (held while a report is written, here
// by the other thread's per-call reports) is not taken by the fork handlers
// (razor_rtl.c fork_prepare/fork_done): a child forked while it is held
// blocks forever in its exit report (exit -> exit_report ->
// razor_report_write -> pthread_mutex_lock).  The probes' own locks
// (razor_probe.lock, held by take_sample and snap_probe) are not taken
// there either.
// The forking thread makes 150 children; each allocates in a probe and calls
// exit(), which takes the runtime's locks again (sample, exit report).  The
// other thread runs 3000 calls of a `clear` probe (a report after each call)
// and 3000 calls of a plain one.  `timeout` turns a hang into a failure.
// RUN: %clang_razor -pthread %s -o %t
// RUN: rm -rf %t.d && mkdir -p %t.d
// RUN: env TRACE_HAMMER=1 %env_razor_opts=format=json:output=%t.d/r.json timeout 20 %run %t > %t.out
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: tail -n 1 %t.d/r.json | %jsonl | FileCheck %s
// RUN: %jsonl < %t.d/r.json | FileCheck %s --check-prefix=COUNT
#include <pthread.h>
#include <razortrace.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#define CALLS 3000
#define FORKS 150

static void *kept[CALLS];
static atomic_int started;

RAZOR_PROBE("TRACE_HAMMER") void hammer(int i) {
  kept[i] = malloc(16);
  for (int j = 0; j < 20; j++) {
    void *volatile p = malloc(32 + j);
    free(p);
  }
}

RAZOR_PROBE("TRACE_HAMMER,clear") void percall(void) {
  void *volatile p = malloc(48);
  free(p);
}

RAZOR_PROBE("TRACE_HAMMER") void in_child(void) {
  static void *keep;
  keep = malloc(8);
}

static void *worker(void *arg) {
  (void)arg;
  atomic_store(&started, 1);
  for (int i = 0; i < CALLS; i++) {
    hammer(i);
    percall();
  }
  return NULL;
}

int main(void) {
  pthread_t th;
  pthread_create(&th, NULL, worker, NULL);
  while (!atomic_load(&started))
    sched_yield();
  int ok = 0;
  for (int f = 0; f < FORKS; f++) {
    pid_t pid = fork();
    if (pid == 0) {
      in_child();
      exit(7);
    }
    int status = 0;
    if (pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
        WEXITSTATUS(status) == 7)
      ok++;
  }
  pthread_join(th, NULL);
  printf("children exited normally: %d of %d\n", ok, FORKS);
  return 0;
}
// OUT: children exited normally: 150 of 150

// The parent's exit report comes last; hammer's kept blocks are exact.
// CHECK:      report 0: probes[0].function = "hammer"
// CHECK:      report 0: probes[0].calls = 3000
// CHECK:      report 0: probes[0].sites[0].total_bytes = 48000
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 3000
// CHECK:      report 0: probes[1].function = "percall"
// CHECK:      report 0: probes[2].function = "in_child"
// CHECK:      jsonl: 1 report(s)

// 3000 per-call reports of percall, one exit report per child, the parent's.
// COUNT: jsonl: 3151 report(s)
