// Recognised by its shape: a wrapper that writes a header (the size) in front of the block and returns the memory after it; its caller's line is the finding, with the remark saying why.
// RUN: %clang_razor -O0 -Rpass=razortrace %s -o %t0 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: env TRACE_S=1 %run %t0 2>&1 | FileCheck %s
// RUN: %clang_razor -O2 %s -o %t2 && env TRACE_S=1 %run %t2 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

struct header { size_t size; size_t magic; };

void *sized_alloc(size_t n) {
  // REMARK: shape-header.c:[[# @LINE - 1]]:1: remark: 'sized_alloc' is an allocation wrapper: it only obtains memory and hands it back
  struct header *h = malloc(sizeof *h + n);
  if (!h)
    return NULL;
  h->size = n;
  h->magic = 0x5a5a;
  return h + 1;
}

static void *kept[16];

RAZOR_PROBE("TRACE_S") void req(int i) {
  kept[i] = sized_alloc(48);
  // CHECK: shape-header.c line: [[# @LINE - 1]] column: 13 function: req command: kept[i] = sized_alloc(48);
  // CHECK-NEXT: • average kb per call: 0.0625   • total kb: 0.6250   • blocks: 10   • via: wrapper sized_alloc, sized_alloc {{.*}}shape-header.c:12{{$}}
}

int main(void) {
  for (int i = 0; i < 10; i++)
    req(i);
  return 0;
}
