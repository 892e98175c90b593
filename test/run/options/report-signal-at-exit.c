// A report_signal that arrives just before the program exits is not lost: its report is written (before the exit report) even when the program ends at once.
// RUN: %clang_razor %s -o %t
// RUN: rm -f %t.json
// RUN: env TRACE_SIGEXIT=1 %env_razor_opts=report_signal=SIGUSR1:format=json:output=%t.json %run %t
// RUN: %jsonl < %t.json | FileCheck %s
#include <razortrace.h>
#include <signal.h>
#include <stdlib.h>

static void *kept[8];

RAZOR_PROBE("TRACE_SIGEXIT") void keep(int i) { kept[i] = malloc(64); }

int main(void) {
  for (int i = 0; i < 8; i++)
    keep(i);
  raise(SIGUSR1); /* and exit at once */
  return 0;
}
// CHECK: report 0: probes[0].calls = 8
// CHECK: report 1: probes[0].calls = 8
// CHECK: jsonl: 2 report(s)
