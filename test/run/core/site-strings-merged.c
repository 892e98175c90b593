// The strings of site records are merged across translation units by the linker: a static inline allocator copied into two units built with the plugin has two records (one per copy, each naming its strings by their distance from the record), but its file, function and source line are in the linked program once, and both records still read them (the report adds both copies' blocks up at that line).
// RUN: %clang_razor -g0 -fplugin-arg-razortrace-no-auto-alloc %s %S/Inputs/inline-other.c -o %t
// RUN: %python -c "import sys; d = open(sys.argv[1], 'rb').read(); print('source line copies:', d.count(b'{ return strdup(s); }\0'))" %t | FileCheck --check-prefix=COPIES %s
// RUN: llvm-objdump -h %t | FileCheck --check-prefix=SECTIONS %s
// RUN: env TRACE_MERGED=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s
#include "Inputs/inline-alloc.h"
#include <razortrace.h>

static char *kept_here[100];

RAZOR_PROBE("TRACE_MERGED") void both(int i) {
  kept_here[i] = keep_copy("here");
  other_unit(i);
}

int main(void) {
  for (int i = 0; i < 10; i++)
    both(i);
  return 0;
}

// COPIES: source line copies: 1
// Three records of 16 bytes each, packed (0x30): keep_copy's strdup in each unit (12 and a source line) and both's call of other_unit by entry name (12 and a callee).
// SECTIONS: razor_sites 00000030
// CHECK:      report 0: probes[0].sites[0].file = "{{.*}}inline-alloc.h"
// CHECK-NEXT: report 0: probes[0].sites[0].line = 5
// CHECK-NEXT: report 0: probes[0].sites[0].column = 55
// CHECK-NEXT: report 0: probes[0].sites[0].function = "keep_copy"
// CHECK-NEXT: report 0: probes[0].sites[0].source = "static inline char *keep_copy(const char *s) { return strdup(s); }"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "strdup"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 110
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 20
// CHECK-NOT:  sites[1]
