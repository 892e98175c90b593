// Site records need no dynamic relocation: a PIE with 64 allocation sites built with the plugin has about as many dynamic relocations as the same program built plain (a few for the module descriptor and the runtime's symbols, none per site: each record's strings are offsets from the record), and the report still names each site's file, line, function and source line, read through those offsets at run time.
// RUN: %clang -I%include -O1 -fPIE -pie %s -o %t.plain
// RUN: %clang_razor -O1 -fPIE -pie %s -o %t
// RUN: llvm-readelf -r %t.plain | grep -c ' R_' > %t.counts
// RUN: llvm-readelf -r %t | grep -c ' R_' >> %t.counts
// RUN: %python -c "import sys; p, r = map(int, open(sys.argv[1]).read().split()); print('extra relocations:', 'few' if r - p < 32 else r - p)" %t.counts | FileCheck --check-prefix=RELOCS %s
// RUN: env TRACE_SITES=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

static void *kept[64 * 100];
static int nkept;

#define KEEP(N) kept[nkept++] = malloc(N);
#define KEEP8(N) KEEP(N) KEEP(N + 1) KEEP(N + 2) KEEP(N + 3) KEEP(N + 4) KEEP(N + 5) KEEP(N + 6) KEEP(N + 7)

RAZOR_PROBE("TRACE_SITES") __attribute__((noinline)) void grow(void) {
  KEEP8(8) KEEP8(16) KEEP8(24) KEEP8(32) KEEP8(40) KEEP8(48) KEEP8(56) KEEP8(64)
}

int main(void) {
  for (int i = 0; i < 10; i++)
    grow();
  return 0;
}

// RELOCS: extra relocations: few

// One line, eight columns (one per KEEP8, the largest first), each site eight records.
// CHECK:      report 0: probes[0].function = "grow"
// CHECK-NEXT: report 0: probes[0].trigger = "TRACE_SITES"
// CHECK-NEXT: report 0: probes[0].file = "{{.*}}site-records-relocations.c"
// CHECK:      report 0: probes[0].sites[0].file = "{{.*}}site-records-relocations.c"
// CHECK-NEXT: report 0: probes[0].sites[0].line = 18
// CHECK-NEXT: report 0: probes[0].sites[0].column = 72
// CHECK-NEXT: report 0: probes[0].sites[0].function = "grow"
// CHECK-NEXT: report 0: probes[0].sites[0].source = "KEEP8(8) KEEP8(16) KEEP8(24) KEEP8(32) KEEP8(40) KEEP8(48) KEEP8(56) KEEP8(64)"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "malloc"
// CHECK:      report 0: probes[0].sites[7].line = 18
// CHECK-NEXT: report 0: probes[0].sites[7].column = 3
// CHECK-NOT:  sites[8]
