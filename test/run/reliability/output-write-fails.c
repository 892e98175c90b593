// An output that opens but cannot be written (a full device, a read-only /proc file root can open) gets one clear razortrace: line on stderr when the report cannot be written, instead of losing the report silently; the program's output and status are its own.
// Regression test; the bug it found (now fixed): razor_report_write (razor_report.c) never checks ferror()/fclose()
// of the output: with output=/dev/full (ENOSPC) or output=/proc/version
// (opens for root, writes fail with EIO) the report vanishes without a word.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_FULL=1 %env_razor_opts=output=/dev/full timeout 20 %python %S/../options/Inputs/status.py %t 2>%t.err | FileCheck %s
// RUN: count 1 < %t.err
// RUN: FileCheck %s --check-prefix=ERR -DPATH=/dev/full < %t.err
// RUN: env TRACE_FULL=1 %env_razor_opts=output=/proc/version timeout 20 %python %S/../options/Inputs/status.py %t 2>%t.err2 | FileCheck %s
// RUN: count 1 < %t.err2
// RUN: FileCheck %s --check-prefix=ERR -DPATH=/proc/version < %t.err2
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *kept[8];

RAZOR_PROBE("TRACE_FULL") void leak(int i) {
  kept[i] = malloc(100);
}

int main(void) {
  for (int i = 0; i < 8; i++)
    leak(i);
  printf("program output\n");
  return 3;
}
// CHECK:      {{^}}program output
// CHECK-NEXT: exit status 3
// ERR: {{^}}razortrace: {{.*}}[[PATH]]{{.*}}
