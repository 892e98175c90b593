// An unreadable suppressions file prints one razortrace: line and leaves the program running untraced.
// RUN: %clang_razor %s -o %t
// RUN: rm -f %t.missing
// RUN: env TRACE_BAD=1 %env_razor_opts=exitcode=5:suppressions=%t.missing %python %S/Inputs/status.py %t 2>%t.err | FileCheck %s
// RUN: count 1 < %t.err
// RUN: FileCheck %s --check-prefix=ERR -DPATH=%t.missing < %t.err
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *keep[8];

RAZOR_PROBE("TRACE_BAD,clear") void leak(int i) {
  keep[i] = malloc(100);
}

int main(void) {
  for (int i = 0; i < 8; i++)
    leak(i);
  printf("program output\n");
  return 3;
}
// The program's output and exit status are its own, with no report.
// CHECK-NOT: {{.}}
// CHECK: {{^}}program output
// CHECK-NEXT: exit status 3
// CHECK-NOT: {{.}}

// ERR: {{^}}razortrace: RAZOR_OPTIONS: suppressions=[[PATH]]: No such file or directory{{$}}
