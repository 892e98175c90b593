// A header found through -isystem is a system header, as clang treats it
// (CMake passes its imported targets' include directories so): what its
// inline functions allocate is charged to the user's call, the header's
// line the "via", as for /usr/include; through -I the header is the
// user's and its own line is the site.
// RUN: %clang_razor -O2 -isystem %S/Inputs/isystem %s -o %t
// RUN: env TRACE_ISYS=1 %run %t 2>&1 | FileCheck %s
// RUN: %clang_razor -O0 -isystem %S/Inputs/isystem %s -o %t0
// RUN: env TRACE_ISYS=1 %run %t0 2>&1 | FileCheck %s
// The main file is never a system header, even in an -isystem directory:
// RUN: %clang_razor -O2 -isystem %S -isystem %S/Inputs/isystem %s -o %tm
// RUN: env TRACE_ISYS=1 %run %tm 2>&1 | FileCheck %s
// RUN: %clang_razor -O2 -I%S/Inputs/isystem %s -o %tq
// RUN: env TRACE_ISYS=1 %run %tq 2>&1 | FileCheck %s --check-prefix=QUOTED
#include <razortrace.h>
#include <ring.h>

static char *kept[32];
static int n;

RAZOR_PROBE("TRACE_ISYS") void remember(const char *s) {
  kept[n++] = ring_copy(s);
  // CHECK: isystem-header.c line: [[# @LINE - 1]] column: 15 function: remember command: kept[n++] = ring_copy(s);
  // CHECK-NEXT: via: ring_copy {{.*}}ring.h:6
}

int main(void) {
  for (int i = 0; i < 12; i++)
    remember("some text");
  return 0;
}
// CHECK-NOT: ring.h line:
// QUOTED: ring.h line: 6 column: 13 function: ring_copy command: char *p = malloc(strlen(s) + 1); /* ring.h line 6 */
