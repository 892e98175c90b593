// The executable's copies of the runtime's variables are the process's only while the linker exports them, as it does by default (a shared object, the runtime, defines them too).  An executable that hides them (a version script) would write copies the runtime never reads: its constructor finds so, and a trigger says why instead of tracing.  The same program linked as usual is traced.
// RUN: %clang_razor -O2 %s -o %t
// RUN: env TRACE_HIDDEN=1 %run %t 2>&1 | FileCheck --check-prefix=TRACED %s
// RUN: echo '{ local: __razor_*; };' > %t.map
// RUN: %clang_razor -O2 %s -Wl,--version-script=%t.map -o %t.hidden
// RUN: %run %t.hidden 2>&1 | count 0
// RUN: env TRACE_HIDDEN=1 %run %t.hidden 2>&1 | FileCheck --check-prefix=HIDDEN --implicit-check-not=razortrace: %s
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

static char *kept[100];

RAZOR_PROBE("TRACE_HIDDEN") void leak(int i) {
  kept[i] = strdup("a line the program keeps");
}

int main(void) {
  for (int i = 0; i < 100; i++)
    leak(i);
  return 0;
}

// TRACED: variables-hidden.c line: [[#@LINE-9]] column: 13 function: leak
// HIDDEN: razortrace: this program's copies of the runtime's variables (__razor_callsite and its kin) are not the runtime's: a version script or a --dynamic-list hides them; nothing is traced
