// format=json always writes one report at exit, with calls = 0 when the trigger is off and no sites when nothing leaked.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_CLEAN=1 %env_razor_opts=format=json:output=stdout %run %t 2>&1 | %jsonl | FileCheck %s --check-prefix=CLEAN
// RUN: %env_razor_opts=format=json:output=stdout %run %t 2>&1 | %jsonl | FileCheck %s --check-prefix=OFF
// RUN: env TRACE_CLEAN=0 %env_razor_opts=format=json:output=stdout %run %t 2>&1 | %jsonl | FileCheck %s --check-prefix=OFF
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

RAZOR_PROBE("TRACE_CLEAN") void clean(void) {
  char *p = malloc(128);
  memset(p, 0, 128);
#ifndef KEEP
  free(p);
#endif
}

int main(void) {
  for (int i = 0; i < 8; i++)
    clean();
  return 0;
}
// CLEAN: report 0: probes[0].function = "clean"
// CLEAN-NEXT: report 0: probes[0].trigger = "TRACE_CLEAN"
// CLEAN: report 0: probes[0].calls = 8
// CLEAN-NEXT: report 0: probes[0].sites = []
// CLEAN-NEXT: report 0: probes[0].verdict = "clean"
// CLEAN-NEXT: jsonl: 1 report(s)

// OFF: report 0: probes[0].function = "clean"
// OFF: report 0: probes[0].calls = 0
// OFF-NEXT: report 0: probes[0].sites = []
// 0 calls are fewer than min_calls: no verdict.
// OFF-NEXT: report 0: probes[0].verdict = "too-few-calls"
// OFF-NEXT: report 0: probes[0].min_calls = 8
// OFF-NEXT: jsonl: 1 report(s)

// The same program without the free (-DKEEP) lists its site: the empty list
// above is not for want of tracking.
// RUN: %clang_razor -DKEEP %s -o %t.keep
// RUN: env TRACE_CLEAN=1 %env_razor_opts=format=json:output=stdout %run %t.keep 2>&1 | %jsonl | FileCheck %s --check-prefix=KEEP
// KEEP: report 0: probes[0].calls = 8
// KEEP: report 0: probes[0].sites[0].source = "char *p = malloc(128);"
// KEEP: report 0: probes[0].sites[0].total_bytes = 1024
// KEEP-NEXT: report 0: probes[0].sites[0].blocks = 8
// KEEP-NOT: sites[1]
// KEEP: jsonl: 1 report(s)
