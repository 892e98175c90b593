// Heap operations on a probe's headed blocks right after a longjmp out of it, made by the function that called the probe (a free, a realloc in instrumented code, a realloc in plain code), before the left activation closes at the next entry of the probe (or at exit): they count as the activation's, exactly as inside the call (the freed block goes, instrumented realloc's block is its line's, plain code's realloc keeps the block's site with its new size), and nothing crashes.
// The heap calls made from main sit where the probe's frame was, so they
// cannot tell that it was left (see core/longjmp-out.c: the sample closes
// when the thread next enters the probe).
// RUN: %clang -c %S/Inputs/plain-ops.c -o %t.ops.o
// RUN: %clang_razor %s %t.ops.o -o %t
// RUN: env TRACE_JMP=1 %env_razor_opts=format=json %run %t > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: %jsonl < %t.err | FileCheck %s
#include <razortrace.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "Inputs/plain-ops.h"

#define CALLS 6
static jmp_buf back;
static char *freed_after[CALLS], *grown[CALLS], *grown_plain[CALLS];

/* debug: every site that retains anything is listed.  Every call leaves by
 * longjmp; main then frees one block, or realloc's one to 100 bytes, before
 * the next call closes the left one.  min_calls=6: the six calls are
 * judged (the figures are the point, not the verdict). */
RAZOR_PROBE("TRACE_JMP,debug,min_calls=6") void attempt(int i) {
  freed_after[i] = malloc(40);
  grown[i] = malloc(20);
  grown_plain[i] = malloc(30);
  memset(grown[i], 'g', 20);
  longjmp(back, 1);
}

int main(void) {
  int lost = 0;
  for (volatile int i = 0; i < CALLS; i++) {
    if (!setjmp(back))
      attempt(i);
    /* the first heap operation after the longjmp */
    switch (i % 3) {
    case 0:
      free(freed_after[i]);
      break;
    case 1:
      grown[i] = realloc(grown[i], 100);
      lost += memcmp(grown[i], "gggggggggggggggggggg", 20) != 0;
      break;
    case 2:
      grown_plain[i] = plain_realloc(grown_plain[i], 100);
      break;
    }
  }
  printf("%d calls, %d lost contents\n", CALLS, lost);
  return 0;
}
// OUT: 6 calls, 0 lost contents

// Sample k is taken as call k + 1 starts (the last at exit), after main's
// operation on call k's blocks.
// CHECK:      report 0: probes[0].calls = 6
// grown_plain: 30 a call, 100 once plain code grew it (calls 3 and 6).
// CHECK:      report 0: probes[0].sites[0].source = "grown_plain[i] = malloc(30);"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 320
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 6
// CHECK:      report 0: probes[0].sites[0].samples = [30, 60, 160, 190, 220, 320]
// Calls 2 and 5's grown blocks, 100 bytes each at main's realloc line.
// CHECK:      report 0: probes[0].sites[1].source = "grown[i] = realloc(grown[i], 100);"
// CHECK-NEXT: report 0: probes[0].sites[1].kind = "realloc"
// CHECK-NEXT: report 0: probes[0].sites[1].total_bytes = 200
// CHECK-NEXT: report 0: probes[0].sites[1].blocks = 2
// CHECK:      report 0: probes[0].sites[1].samples = [0, 100, 100, 100, 200, 200]
// freed_after: 40 a call, freed after calls 1 and 4.
// CHECK:      report 0: probes[0].sites[2].source = "freed_after[i] = malloc(40);"
// CHECK-NEXT: report 0: probes[0].sites[2].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[2].total_bytes = 160
// CHECK-NEXT: report 0: probes[0].sites[2].blocks = 4
// CHECK:      report 0: probes[0].sites[2].samples = [0, 40, 80, 80, 120, 160]
// grown: the 20-byte blocks main did not realloc.
// CHECK:      report 0: probes[0].sites[3].source = "grown[i] = malloc(20);"
// CHECK-NEXT: report 0: probes[0].sites[3].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[3].total_bytes = 80
// CHECK-NEXT: report 0: probes[0].sites[3].blocks = 4
// CHECK:      report 0: probes[0].sites[3].samples = [20, 20, 40, 60, 60, 80]
// CHECK-NOT:  sites[4]
// CHECK:      jsonl: 1 report(s)
