// exitcode=N leaves the program's own exit status when the exit report has no findings.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_ECC=1 %env_razor_opts=exitcode=23 %python %S/Inputs/status.py %t 2>/dev/null | FileCheck %s --check-prefix=ZERO
// RUN: env TRACE_ECC=1 %env_razor_opts=exitcode=23 %python %S/Inputs/status.py %t seven 2>/dev/null | FileCheck %s --check-prefix=SEVEN
// The trigger off: no samples, no findings.
// RUN: %env_razor_opts=exitcode=23 %python %S/Inputs/status.py %t 2>/dev/null | FileCheck %s --check-prefix=ZERO
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *kept[5];
static int nkept;

RAZOR_PROBE("TRACE_ECC") void balanced(void) {
  void *p = malloc(64);
#ifdef KEEP
  kept[nkept++] = p; /* -DKEEP: the same program keeping its blocks */
#else
  free(p);
#endif
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

// The same program keeping its blocks (-DKEEP) has a finding, and exits 23:
// the statuses above are exitcode's rule, not a probe that tracks nothing.
// RUN: %clang_razor -DKEEP %s -o %t.keep
// RUN: env TRACE_ECC=1 %env_razor_opts=exitcode=23:min_calls=2 %python %S/Inputs/status.py %t.keep 2>/dev/null | FileCheck %s --check-prefix=KEEP
// KEEP: done
// KEEP-NEXT: exit status 23
