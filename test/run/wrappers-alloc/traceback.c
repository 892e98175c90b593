// With traceback, a block charged to the outermost wrapper's call still has its stack down to the real allocation: xmalloc's malloc, xstrdup's call of it, the caller, at -O0 and -O2 (xstrdup inlined).
// RUN: %clang_razor -g -O0 %s -o %t0 && env TRACE_B=1 %env_razor_opts=traceback=1 %run %t0 2>&1 | FileCheck %s
// RUN: %clang_razor -g -O2 %s -o %t2 && env TRACE_B=1 %env_razor_opts=traceback=1 %run %t2 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p)
    abort();
  return p;
}

static char *xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(xmalloc(n), s, n);
}

static char *kept[16];

RAZOR_PROBE("TRACE_B") void keep(int i) {
  kept[i] = xstrdup("kept by every call");
}

int main(void) {
  for (int i = 0; i < 10; i++)
    keep(i);
  return 0;
}
// CHECK:      traceback.c line: 23 column: 13 function: keep command: kept[i] = xstrdup("kept by every call");
// CHECK-NEXT: via: wrapper xstrdup, xmalloc {{.*}}traceback.c:9
// CHECK-NEXT: -----trace-----
// CHECK-NEXT: stacks recorded for {{[0-9]+}} of 10 retained blocks
// CHECK-NEXT: stack 1 of 1:
// CHECK-NEXT: #0 xmalloc {{.*}}traceback.c:9
// CHECK-NEXT: #1 xstrdup {{.*}}traceback.c:17
// CHECK-NEXT: #2 keep {{.*}}traceback.c:23
// CHECK-NEXT: #3 main {{.*}}traceback.c:28
