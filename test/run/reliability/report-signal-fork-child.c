// report_signal in a forked child: the child's signal writes the child's report, under its own pid, while it runs; the parent's own signal still works after the fork.
// RUN: %clang_razor %s -o %t
// RUN: rm -rf %t.d && mkdir -p %t.d
// RUN: env TRACE_FORKSIG=1 %env_razor_opts=format=json:report_signal=SIGUSR1:output=%t.d/r.%%p.json timeout 30 %run %t %t.d | FileCheck %s
// RUN: %python %S/Inputs/pid_reports.py %t.d | FileCheck %s --check-prefix=FILES
#include <razortrace.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void *keep[16];

RAZOR_PROBE("TRACE_FORKSIG") void leak(int i) {
  keep[i] = malloc(100);
}

/* Up to 5 s for this process's report file in DIR to have a line. */
static const char *report_came(const char *dir) {
  char path[512];
  snprintf(path, sizeof path, "%s/r.%d.json", dir, (int)getpid());
  struct timespec tick = {0, 10 * 1000 * 1000};
  for (int i = 0; i < 500; i++) {
    struct stat st;
    if (stat(path, &st) == 0 && st.st_size > 0)
      return "yes";
    nanosleep(&tick, NULL);
  }
  return "no";
}

int main(int argc, char **argv) {
  if (argc < 2)
    return 2;
  for (int i = 0; i < 8; i++)
    leak(i);
  fflush(stdout);
  pid_t child = fork();
  if (child == 0) {
    for (int i = 8; i < 16; i++)
      leak(i);
    raise(SIGUSR1);
    printf("child: report on the signal: %s\n", report_came(argv[1]));
    fflush(stdout);
    _exit(0); /* no exit report: the file has the signal's alone */
  }
  waitpid(child, NULL, 0);
  raise(SIGUSR1);
  printf("parent: report on the signal: %s\n", report_came(argv[1]));
  fflush(stdout);
  _exit(0);
}
// CHECK:      child: report on the signal: yes
// CHECK-NEXT: parent: report on the signal: yes

// The child's report has its 16 calls, the parent's its 8.
// FILES:      1 x pid-matches-name=yes reports=1 leak:calls=16,blocks=16,bytes=1600
// FILES-NEXT: 1 x pid-matches-name=yes reports=1 leak:calls=8,blocks=8,bytes=800
// FILES-NEXT: 2 file(s)
