// razor_probe_begin returns 0 while the probe's trigger is off (unset, empty, 0, false, no, off) and 1 when it is on.
// RUN: %clang_razor %s -o %t
// RUN: %run %t 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: env TRACE_API= %run %t 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: env TRACE_API=0 %run %t 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: env TRACE_API=Off %run %t 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: env TRACE_API=FALSE %run %t 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: env TRACE_API=no %run %t 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: env TRACE_API=1 %run %t 2>&1 | FileCheck %s --check-prefix=ON
// RUN: env TRACE_API=yes %run %t 2>&1 | FileCheck %s --check-prefix=ON
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *keep[3];

/* min_calls=3: its three calls are judged when the trigger is on. */
int main(void) {
  razor_probe *p = razor_probe_create("manual", "TRACE_API,min_calls=3");
  for (int i = 0; i < 3; i++) {
    int on = razor_probe_begin(p);
    keep[i] = malloc(100);
    razor_probe_end(p);
    printf("begin %d\n", on);
  }
  printf("findings %d\n", razor_probe_report(p, stdout));
  return 0;
}
// OFF: begin 0
// OFF-NEXT: begin 0
// OFF-NEXT: begin 0
// Asked for, the probe's report says it never sampled.
// OFF-NEXT: razortrace: probe manual (trigger TRACE_API) — 0 calls sampled — no verdict: 0 call(s), min_calls is 3{{$}}
// OFF-NEXT: razortrace: no growing allocation sites (no call sampled)
// OFF-NEXT: findings 0
// OFF-NOT: razortrace

// ON: begin 1
// ON-NEXT: begin 1
// ON-NEXT: begin 1
// ON-NEXT: razortrace: probe manual (trigger TRACE_API) — 3 calls sampled{{$}}
// ON: findings 1
