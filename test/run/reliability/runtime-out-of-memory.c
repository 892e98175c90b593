// When the runtime's own memory runs out (mappings refused after N, with the
// checked runtime's RAZOR_TEST_MAP_LIMIT), the program runs on unchanged,
// and a report whose figures came out low says how many records were
// dropped ("dropped" in JSON, one line in text): a clean report means a
// clean run.  Every limit from 0 to 40 is tried.
// RUN: %clang_razor %s -o %t
// RUN: %python %S/Inputs/check_dropped.py %t | FileCheck %s
// RUN: env RAZOR_TEST_MAP_LIMIT=7 TRACE_OOM=1 %env_razor_opts=format=json %t 2>&1 >/dev/null | FileCheck --check-prefix=JSON %s
// RUN: env TRACE_OOM=1 %env_razor_opts=format=json %t 2>&1 >/dev/null | FileCheck --check-prefix=CLEAN %s
// CHECK: 24 runs: every one exited 0 with the plain output; low figures said: yes; some dropped: yes
// JSON: {"razortrace": 1, "pid": {{[0-9]+}}, "dropped": {{[1-9][0-9]*}}, "probes"
// CLEAN-NOT: dropped
#include <stdio.h>
#include <stdlib.h>

static void *keep[50000];
static int n;

__attribute__((annotate("razor_probe:TRACE_OOM")))
static void step(void) {
  for (int i = 0; i < 1000; i++)
    keep[n++] = aligned_alloc(64, 64); /* pointer-table records */
}

int main(void) {
  for (int i = 0; i < 50; i++)
    step();
  printf("kept %d blocks\n", n);
  return 0;
}
