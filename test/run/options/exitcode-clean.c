// exitcode=N leaves the program's own exit status when the exit report has no findings.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_ECC=1 %env_razor_opts=exitcode=23 %python %S/Inputs/status.py %t 2>/dev/null | FileCheck %s --check-prefix=ZERO
// RUN: env TRACE_ECC=1 %env_razor_opts=exitcode=23 %python %S/Inputs/status.py %t seven 2>/dev/null | FileCheck %s --check-prefix=SEVEN
// The trigger off: no samples, no findings.
// RUN: %env_razor_opts=exitcode=23 %python %S/Inputs/status.py %t 2>/dev/null | FileCheck %s --check-prefix=ZERO
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

RAZOR_PROBE("TRACE_ECC") void balanced(void) {
  free(malloc(64));
}

int main(int argc, char **argv) {
  (void)argv;
  for (int i = 0; i < 5; i++)
    balanced();
  printf("done");
  return argc > 1 ? 7 : 0;
}
// ZERO: done
// ZERO-NEXT: exit status 0

// SEVEN: done
// SEVEN-NEXT: exit status 7
