// output= on a read-only location (a sysfs file even root cannot open for writing) prints one clear razortrace: line at start-up and the program runs on untraced, with its own output and status.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_RO=1 %env_razor_opts=output=/sys/kernel/notes timeout 20 %python %S/../options/Inputs/status.py %t 2>%t.err | FileCheck %s
// RUN: count 1 < %t.err
// RUN: FileCheck %s --check-prefix=ERR < %t.err
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *kept[8];

RAZOR_PROBE("TRACE_RO") void leak(int i) {
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
// ERR: {{^}}razortrace: RAZOR_OPTIONS: output=/sys/kernel/notes: cannot open for appending: {{.+}}{{$}}
// With an output it can open the same program is traced (its exit report, then status 5), so "untraced" above is the output's doing:
// RUN: env TRACE_RO=1 %env_razor_opts=exitcode=5 timeout 20 %python %S/../options/Inputs/status.py %t 2>&1 | FileCheck %s --check-prefix=GOOD
// GOOD: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.7812 kb retained
// GOOD: {{^}}program output
// GOOD-NEXT: exit status 5
