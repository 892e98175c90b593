// A SIGTERM and a SIGINT that the program handles itself (the handler sets a flag, main returns normally) do not lose the exit report, which counts every call made.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_TERM=1 timeout 20 %python %S/../options/Inputs/status.py %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t stop;
static void *kept[100];

static void on_signal(int sig) {
  stop = sig;
}

RAZOR_PROBE("TRACE_TERM") void serve(int i) {
  kept[i] = malloc(50);
  if (i == 20)
    raise(SIGINT);
  if (i == 30)
    kill(getpid(), SIGTERM);
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGINT, &sa, NULL);
  int i;
  for (i = 0; i < 100 && stop != SIGTERM; i++)
    serve(i);
  printf("stopped by signal %d after %d calls\n", (int)stop, i);
  return 0;
}
// CHECK:      razortrace: probe serve (trigger TRACE_TERM) in {{.*}} — 31 calls sampled
// CHECK-NEXT: line: {{[0-9]+}} column: 13 function: serve command: kept[i] = malloc(50);
// CHECK-NEXT: • average kb per call: 0.0488   • total kb: 1.5137   • blocks: 31
// CHECK:      stopped by signal 15 after 31 calls
// CHECK-NEXT: exit status 0
