// fork() inside a sampled probe and after it, with blocks of the probe still live: each child frees and resizes those blocks, samples again and exits normally with its own exact report; the parent's report is unchanged by what the children do.
// RUN: %clang -c %S/Inputs/plain-ops.c -o %t.ops.o
// RUN: %clang_razor %s %t.ops.o -o %t
// RUN: rm -rf %t.d && mkdir -p %t.d
// RUN: env TRACE_FORK=1 %env_razor_opts=format=json:output=%t.d/r.%%p.json timeout 30 %run %t > %t.out
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: %python %S/Inputs/reports.py %t.d | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "Inputs/plain-ops.h"

static char *kept[8];
static pid_t forked = -1;

/* debug: sites are listed with their samples whether they grew or not.
 * min_calls=5: every process's calls (5, 6, 7) are judged. */
RAZOR_PROBE("TRACE_FORK,debug,min_calls=5") void step(int i, int do_fork) {
  kept[i] = malloc(100);
  for (int k = 0; k < 100; k++)
    kept[i][k] = (char)i;
  if (do_fork)
    forked = fork();
}

static int status_of(pid_t pid) {
  int st = 0;
  if (waitpid(pid, &st, 0) != pid)
    return -1;
  return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

int main(void) {
  fflush(stdout);
  for (int i = 0; i < 6; i++) {
    step(i, i == 2);
    if (i == 2 && forked == 0) {
      /* The first child, born inside call 3: the parent's blocks of calls
       * 1 and 2 go, call 3's shrinks to 50 bytes, then two more calls. */
      free(kept[0]);
      free(kept[1]);
      kept[2] = realloc(kept[2], 50);
      step(3, 0);
      step(4, 0);
      exit(kept[2][49] == 2 && kept[4][0] == 4 ? 0 : 1);
    }
  }
  printf("first child exited %d\n", status_of(forked));
  fflush(stdout);
  pid_t second = fork();
  if (second == 0) {
    /* The second child, born outside any probe: all blocks but the last go
     * (some through plain code), the last grows to 1000 bytes, one call. */
    for (int i = 0; i < 5; i++)
      (i % 2 ? plain_free : free)(kept[i]);
    kept[5] = plain_realloc(kept[5], 1000);
    step(6, 0);
    exit(kept[5][99] == 5 ? 0 : 1);
  }
  printf("second child exited %d\n", status_of(second));
  return 0;
}
// OUT:      first child exited 0
// OUT-NEXT: second child exited 0

// The first child: calls 1 and 2 were sampled as in the parent; sample 3 is
// taken again when call 4 begins, after the child freed and shrank: 50
// (call 3's block), then + 100, then + 100.
// CHECK-DAG: {{^}}pid-ok step calls=5 "kept[i] = malloc(100);" bytes=250 blocks=3 samples=[100,200,50,150,250]{{$}}
// The second child: sample 6 is taken again when its one call begins: 1000
// (call 6's block), then + 100.
// CHECK-DAG: {{^}}pid-ok step calls=7 "kept[i] = malloc(100);" bytes=1100 blocks=2 samples=[100,200,300,400,500,1000,1100]{{$}}
// The parent.
// CHECK-DAG: {{^}}pid-ok step calls=6 "kept[i] = malloc(100);" bytes=600 blocks=6 samples=[100,200,300,400,500,600]{{$}}
// CHECK:     {{^}}3 file(s)
