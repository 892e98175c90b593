// A header that says `#pragma GCC system_header` is a system header from
// there on, as clang treats it, wherever it was found (here through -I):
// what its inline functions allocate is charged to the user's call, the
// header's line the "via" (as for -isystem, run/core/isystem-header.c).
// RUN: %clang_razor -O2 -I%S/Inputs/pragma-sys %s -o %t
// RUN: env TRACE_PRAGMA=1 %run %t 2>&1 | FileCheck %s
// RUN: %clang_razor -O0 -I%S/Inputs/pragma-sys %s -o %t0
// RUN: env TRACE_PRAGMA=1 %run %t0 2>&1 | FileCheck %s
#include <razortrace.h>
#include <vault.h>

static char *kept[32];
static int n;

RAZOR_PROBE("TRACE_PRAGMA") void remember(const char *s) {
  kept[n++] = vault_copy(s);
  // CHECK: pragma-system-header.c line: [[# @LINE - 1]] column: 15 function: remember command: kept[n++] = vault_copy(s);
  // CHECK-NEXT: via: vault_copy {{.*}}vault.h:7
}

int main(void) {
  for (int i = 0; i < 12; i++)
    remember("some text");
  return 0;
}
// CHECK-NOT: vault.h line:
