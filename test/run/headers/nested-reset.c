// Headed blocks allocated while probes nest count for every probe active on the thread: an inner probe called alone and from an outer one, reset halfway (razor_probe_reset), a recursive probe sampled at its outermost call, frees by the outer probe of the inner one's blocks: every probe's figures are exact.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_A=1 TRACE_B=1 TRACE_R=1 %env_razor_opts=format=json %run %t > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: %jsonl < %t.err | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static char *a_kept[4], *b_kept[20], *b_tmp, *r_kept[16];
static int nr;

/* debug on each: every site that retains anything is listed.  min_calls=4:
 * each probe's four calls are judged (the figures are the point). */
RAZOR_PROBE("TRACE_B,debug,min_calls=4") void inner(int i) {
  b_kept[i] = malloc(10);
  b_tmp = malloc(20);
}

RAZOR_PROBE("TRACE_A,debug,min_calls=4") void outer(int i) {
  a_kept[i] = malloc(100);
  inner(i);
  free(b_tmp); /* inner's block, freed within outer's call */
}

RAZOR_PROBE("TRACE_R,debug,min_calls=4") void rec(int depth) {
  r_kept[nr++] = malloc(8);
  if (depth)
    rec(depth - 1);
}

int main(void) {
  for (int i = 0; i < 4; i++) {
    outer(i);
    inner(10 + i);
    free(b_tmp);
    if (i == 1)
      razor_probe_reset(razor_probe_find("inner"));
    rec(2);
  }
  printf("%d recursive blocks\n", nr);
  return 0;
}
// OUT: 12 recursive blocks

// CHECK:      report 0: probes[0].function = "inner"
// Since the reset: 4 calls (outer's 3rd and 4th, and two alone).
// CHECK:      report 0: probes[0].calls = 4
// CHECK:      report 0: probes[0].sites[0].source = "b_kept[i] = malloc(10);"
// CHECK:      report 0: probes[0].sites[0].total_bytes = 40
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 4
// CHECK:      report 0: probes[0].sites[0].samples = [10, 20, 30, 40]
// b_tmp: each call's is freed (by outer, or by main) before inner's next
// call begins, when that call's sample is taken; the last call's after the
// last sample, at its return.  Growth seen only at the last call: no finding.
// CHECK:      report 0: probes[0].sites[1].source = "b_tmp = malloc(20);"
// CHECK:      report 0: probes[0].sites[1].total_bytes = 20
// CHECK-NEXT: report 0: probes[0].sites[1].blocks = 1
// CHECK:      report 0: probes[0].sites[1].finding = false
// CHECK-NEXT: report 0: probes[0].sites[1].samples = [0, 0, 0, 20]
// CHECK-NOT:  probes[0].sites[2]
// CHECK:      report 0: probes[1].function = "outer"
// CHECK:      report 0: probes[1].calls = 4
// CHECK:      report 0: probes[1].sites[0].source = "a_kept[i] = malloc(100);"
// CHECK:      report 0: probes[1].sites[0].total_bytes = 400
// CHECK-NEXT: report 0: probes[1].sites[0].blocks = 4
// CHECK:      report 0: probes[1].sites[0].samples = [100, 200, 300, 400]
// Only the blocks of inner's calls made from outer; its reset does not
// touch outer's counts.
// CHECK:      report 0: probes[1].sites[1].source = "b_kept[i] = malloc(10);"
// CHECK:      report 0: probes[1].sites[1].total_bytes = 40
// CHECK-NEXT: report 0: probes[1].sites[1].blocks = 4
// CHECK:      report 0: probes[1].sites[1].samples = [10, 20, 30, 40]
// CHECK-NOT:  probes[1].sites[2]
// CHECK:      report 0: probes[2].function = "rec"
// CHECK:      report 0: probes[2].calls = 4
// CHECK:      report 0: probes[2].sites[0].source = "r_kept[nr++] = malloc(8);"
// CHECK:      report 0: probes[2].sites[0].total_bytes = 96
// CHECK-NEXT: report 0: probes[2].sites[0].blocks = 12
// CHECK:      report 0: probes[2].sites[0].samples = [24, 48, 72, 96]
// CHECK-NOT:  probes[2].sites[1]
// CHECK-NOT:  probes[3]
// CHECK:      jsonl: 1 report(s)
