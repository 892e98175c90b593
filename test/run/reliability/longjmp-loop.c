// 10^4 longjmps out of a probe: each activation is closed at the thread's next entry of that probe (the last one at exit), so every call is sampled exactly once, nothing piles up (a leaked activation would hit the depth limit after 64 calls and stop sampling) and the findings are exact.
// RUN: %clang_razor -O1 %s -o %t
// RUN: env TRACE_JMP=1 %env_razor_opts=format=json timeout 20 %run %t 2>&1 | %jsonl | FileCheck %s
#include <razortrace.h>
#include <setjmp.h>
#include <stdlib.h>

#define N 10000

static jmp_buf back;
static void *kept[N / 10];

RAZOR_PROBE("TRACE_JMP") void attempt(int i) {
  if (i % 10 == 0)
    kept[i / 10] = malloc(64);
  void *volatile tmp = malloc(100);
  free(tmp);
  if (i % 2)
    longjmp(back, 1);
}

int main(void) {
  for (volatile int i = 0; i < N; i++)
    if (!setjmp(back))
      attempt(i);
  return 0;
}
// CHECK:      report 0: probes[0].function = "attempt"
// CHECK:      report 0: probes[0].calls = 10000
// CHECK:      report 0: probes[0].sites[0].source = "kept[i / 10] = malloc(64);"
// CHECK:      report 0: probes[0].sites[0].total_bytes = 64000
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 1000
// CHECK-NOT:  sites[1]
// CHECK:      jsonl: 1 report(s)
