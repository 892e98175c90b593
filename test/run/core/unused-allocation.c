// An allocation the optimizer removes in the plain build (unused but for a null test, or freed at once) is removed with the plugin too, at -O1 and -O2, so the program prints what its plain build prints (trigger off and on); at -O0 neither build removes it.
// LLVM 14 knows allocation functions by name only (allockind came in 15).
// UNSUPPORTED: llvm-14
// RUN: %clang -O1 -I%include %s -o %t.plain1
// RUN: %clang_razor -O1 %s -o %t.razor1
// RUN: %run %t.plain1 | FileCheck %s --check-prefix=REMOVED
// RUN: %run %t.razor1 | FileCheck %s --check-prefix=REMOVED
// RUN: env TRACE_UNUSED=1 %run %t.razor1 2>/dev/null | FileCheck %s --check-prefix=REMOVED
// RUN: %clang -O2 -I%include %s -o %t.plain2
// RUN: %clang_razor -O2 %s -o %t.razor2
// RUN: %run %t.plain2 | FileCheck %s --check-prefix=REMOVED
// RUN: env TRACE_UNUSED=1 %run %t.razor2 2>/dev/null | FileCheck %s --check-prefix=REMOVED
// RUN: %clang -O0 -I%include %s -o %t.plain0
// RUN: %clang_razor -O0 %s -o %t.razor0
// RUN: %run %t.plain0 | FileCheck %s --check-prefix=KEPT
// RUN: env TRACE_UNUSED=1 %run %t.razor0 2>/dev/null | FileCheck %s --check-prefix=KEPT
#include <razortrace.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

RAZOR_PROBE("TRACE_UNUSED") void probe(void) {
  void *huge = malloc(SIZE_MAX / 2);
  printf("huge malloc: %s\n", huge ? "allocated" : "failed");
  free(huge);
  void *zeroed = calloc(SIZE_MAX / 16, 4);
  printf("huge calloc: %s\n", zeroed ? "allocated" : "failed");
  free(zeroed);
}

int main(void) {
  probe();
  return 0;
}
// REMOVED:      huge malloc: allocated
// REMOVED-NEXT: huge calloc: allocated
// KEPT:         huge malloc: failed
// KEPT-NEXT:    huge calloc: failed
