// A probe left by longjmp is closed before the thread goes on in another probe called from the same place: the other probe's allocations are not charged to it.
// Regression test; the bug it found (now fixed): razor_reap (razor_probe.c) orders activations by frame address only.
// `second` runs at the same stack depth as the dead `first` activation, so
// first's frame equals second's and is above every frame inside second:
// neither the entry of `second` (equal frame, other probe) nor the
// allocations inside it (hook frame below) close it.  `first` stays open
// until exit and reports second's 100 blocks as its own (sites[1], all
// charged after first's last real call).  Happens at -O0.
// RUN: %clang_razor -O0 %s -o %t
// RUN: env TRACE_JMP=1 %env_razor_opts=format=json timeout 20 %run %t 2>&1 | %jsonl | FileCheck %s
#include <razortrace.h>
#include <setjmp.h>
#include <stdlib.h>


static jmp_buf back;
static void *kept_first[10], *kept_second[100];

RAZOR_PROBE("TRACE_JMP") void first(int i) {
  kept_first[i] = malloc(64);
  if (i == 9)
    longjmp(back, 1);
}

RAZOR_PROBE("TRACE_JMP") void second(int i) {
  kept_second[i] = malloc(32);
}

int main(void) {
  if (!setjmp(back))
    for (int i = 0; i < 10; i++)
      first(i);
  for (int i = 0; i < 100; i++)
    second(i);
  return 0;
}
// CHECK:      report 0: probes[0].function = "first"
// CHECK:      report 0: probes[0].calls = 10{{$}}
// CHECK:      report 0: probes[0].sites[0].source = "kept_first[i] = malloc(64);"
// CHECK:      report 0: probes[0].sites[0].total_bytes = 640
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 10
// CHECK-NOT:  probes[0].sites[1]
// CHECK:      report 0: probes[1].function = "second"
// CHECK:      report 0: probes[1].calls = 100
// CHECK:      report 0: probes[1].sites[0].source = "kept_second[i] = malloc(32);"
// CHECK:      report 0: probes[1].sites[0].total_bytes = 3200
// CHECK-NEXT: report 0: probes[1].sites[0].blocks = 100
// CHECK:      jsonl: 1 report(s)
