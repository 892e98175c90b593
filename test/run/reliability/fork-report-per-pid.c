// fork() inside and outside a probe: every child keeps tracing and writes its own exit report, with its own pid, to output=...%p..., and the parent's report is unchanged.
// Regression test; the bug it found (now fixed): output=%p is expanded once at start-up (razor_flags.c expand_output,
// razor_flags.out_path) and the fork child handler (razor_rtl.c fork_done)
// does not expand it again: every child appends its report to the parent's
// file (each with its own "pid" and the right numbers).
// RUN: %clang_razor %s -o %t
// RUN: rm -rf %t.d && mkdir -p %t.d
// RUN: env TRACE_FORK=1 %env_razor_opts=format=json:output=%t.d/r.%%p.json timeout 30 %run %t
// RUN: %python %S/Inputs/pid_reports.py %t.d | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static void *kept[16];
static pid_t child;

RAZOR_PROBE("TRACE_FORK") void step(int i, int do_fork) {
  kept[i] = malloc(100);
  if (do_fork)
    child = fork();
}

int main(void) {
  pid_t first = 0, second = 0;
  int i;
  /* The first child is born inside call 3 and makes 8 calls in all. */
  for (i = 0; i < 8; i++) {
    step(i, i == 2);
    if (i == 2)
      first = child;
  }
  if (first == 0)
    exit(0);
  /* The second child is born outside any probe and makes 10 calls. */
  second = fork();
  if (second == 0) {
    step(8, 0);
    step(9, 0);
    exit(0);
  }
  waitpid(first, NULL, 0);
  waitpid(second, NULL, 0);
  /* The parent: 12 calls. */
  for (i = 8; i < 12; i++)
    step(i, 0);
  return 0;
}
// CHECK:      1 x pid-matches-name=yes reports=1 step:calls=10,blocks=10,bytes=1000
// CHECK-NEXT: 1 x pid-matches-name=yes reports=1 step:calls=12,blocks=12,bytes=1200
// CHECK-NEXT: 1 x pid-matches-name=yes reports=1 step:calls=8,blocks=8,bytes=800
// CHECK-NEXT: 3 file(s)
