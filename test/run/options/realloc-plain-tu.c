// A tracked block grown by realloc in code built without the plugin stays tracked: the leak is reported at the original malloc with its grown size.
// RUN: %clang_razor %s -c -o %t.o
// RUN: %clang -c %S/Inputs/plain-free.c -o %t.plain.o
// RUN: %clang_razor %t.o %t.plain.o -o %t
// RUN: env TRACE_GROW=1 %env_razor_opts=format=json:output=stdout %run %t 2>&1 | %jsonl | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

void *plain_grow(void *p, size_t n);

static void *keep[10];

RAZOR_PROBE("TRACE_GROW") void leak(int i) {
  void *p = malloc(16);
  keep[i] = plain_grow(p, 1024);
}

int main(void) {
  for (int i = 0; i < 10; i++)
    leak(i);
  return 0;
}
// CHECK: report 0: probes[0].calls = 10
// CHECK-NEXT: report 0: probes[0].sites[0].file = "{{.*}}realloc-plain-tu.c"
// CHECK-NEXT: report 0: probes[0].sites[0].line = 14
// CHECK-NEXT: report 0: probes[0].sites[0].column = 13
// CHECK-NEXT: report 0: probes[0].sites[0].function = "leak"
// CHECK-NEXT: report 0: probes[0].sites[0].source = "void *p = malloc(16);"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 10240
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 10
// CHECK: report 0: probes[0].sites[0].samples = [1024, 2048, 3072, 4096, 5120, 6144, 7168, 8192, 9216, 10240]
// CHECK-NOT: sites[1]
// CHECK: jsonl: 1 report(s)
