// report_signal=SIGUSR1 writes a report of the samples so far when the signal arrives, while the program keeps running.
// RUN: %clang_razor %s -o %t
// RUN: rm -f %t.log
// RUN: env TRACE_SIG=1 %env_razor_opts=report_signal=SIGUSR1:output=%t.log %run %t %t.log | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s < %t.log
#include <razortrace.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>

static void *keep[12];

RAZOR_PROBE("TRACE_SIG") void leak(int i) {
  keep[i] = malloc(1024);
}

/* The report is written by the runtime's own thread: waits up to 2 s for
 * the file to have something in it. */
static int wait_for_report(const char *path) {
  struct timespec tick = {0, 10 * 1000 * 1000};
  for (int i = 0; i < 200; i++) {
    struct stat st;
    if (stat(path, &st) == 0 && st.st_size > 0)
      return 1;
    nanosleep(&tick, NULL);
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2)
    return 2;
  for (int i = 0; i < 8; i++)
    leak(i);
  raise(SIGUSR1);
  printf("report after signal: %s\n", wait_for_report(argv[1]) ? "yes" : "no");
  for (int i = 8; i < 12; i++)
    leak(i);
  printf("still running\n");
  return 0;
}
// OUT: report after signal: yes
// OUT-NEXT: still running

// The report on the signal, then the one at exit.
// CHECK: razortrace: probe leak (trigger TRACE_SIG) {{.*}} 8 calls sampled{{$}}
// CHECK: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 8.0000 kb retained
// CHECK-NEXT: razortrace: probe leak (trigger TRACE_SIG) {{.*}} 12 calls sampled{{$}}
// CHECK: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 12.0000 kb retained
// CHECK-NOT: razortrace
