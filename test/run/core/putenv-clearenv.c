// putenv() turns a probe's trigger on at the next call and clearenv() turns it off again.
// RUN: %clang_razor %s -o %t
// RUN: %run %t 2>&1 | FileCheck %s
#define _GNU_SOURCE
#include <razortrace.h>
#include <stdlib.h>

static void *kept[100];
static int n;
static char on[] = "TRACE_PUT=yes";

RAZOR_PROBE("TRACE_PUT") void leak(void) { kept[n++] = malloc(8); }

int main(void) {
  leak();                   /* off */
  putenv(on);
  for (int i = 0; i < 8; i++)
    leak();                 /* on: 8 samples */
  clearenv();
  for (int i = 0; i < 5; i++)
    leak();                 /* off */
  return 0;
}
// CHECK:      razortrace: probe leak (trigger TRACE_PUT) in {{.*}} — 8 calls sampled{{$}}
// CHECK-NEXT: command: {{.*}}{ kept[n++] = malloc(8); }
// CHECK-NEXT: • total kb: 0.0625   • blocks: 8
