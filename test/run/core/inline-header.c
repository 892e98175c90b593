// A static inline allocator in a header, copied into two translation units built with the plugin, is one site: blocks from both copies add up there. (Recognising allocation wrappers by shape is off here, no-auto-alloc: its helpers would charge their callers.)
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc %s %S/Inputs/inline-other.c -o %t
// RUN: env TRACE_INL=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s
#include "Inputs/inline-alloc.h"
#include <razortrace.h>

static char *kept_here[100];

RAZOR_PROBE("TRACE_INL") void both(int i) {
  kept_here[i] = keep_copy("here");
  other_unit(i);
}

int main(void) {
  for (int i = 0; i < 10; i++)
    both(i);
  return 0;
}
// "here" and "there" with their NULs: 5 + 6 bytes and 2 blocks a call.
// CHECK:      report 0: probes[0].calls = 10
// CHECK-NEXT: report 0: probes[0].sites[0].file = "{{.*}}inline-alloc.h"
// CHECK-NEXT: report 0: probes[0].sites[0].line = 5
// CHECK-NEXT: report 0: probes[0].sites[0].column = 55
// CHECK-NEXT: report 0: probes[0].sites[0].function = "keep_copy"
// CHECK-NEXT: report 0: probes[0].sites[0].source = "static inline char *keep_copy(const char *s) { return strdup(s); }"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "strdup"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 110
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 20
// CHECK-NOT:  sites[1]
// CHECK:      jsonl: 1 report(s)
