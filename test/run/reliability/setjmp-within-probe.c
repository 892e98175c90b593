// setjmp/longjmp that stay inside one probe call (a retry loop) leave its activation alone: one sample per call, every block counted.
// RUN: %clang_razor -O1 %s -o %t
// RUN: env TRACE_RETRY=1 timeout 20 %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <setjmp.h>
#include <stdlib.h>

static void *kept[50][3];

static void fail(jmp_buf *env) {
  longjmp(*env, 1);
}

RAZOR_PROBE("TRACE_RETRY") void parse(int i) {
  jmp_buf env;
  volatile int tries = 0;
  setjmp(env);
  kept[i][tries] = malloc(20);
  if (++tries < 3)
    fail(&env);
}

int main(void) {
  for (int i = 0; i < 50; i++)
    parse(i);
  return 0;
}
// CHECK:      razortrace: probe parse (trigger TRACE_RETRY) in {{.*}} — 50 calls sampled
// CHECK-NEXT: line: {{[0-9]+}} column: 20 function: parse command: kept[i][tries] = malloc(20);
// CHECK-NEXT: • average kb per call: 0.0586   • total kb: 2.9297   • blocks: 150
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s)
