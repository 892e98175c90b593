// here=DIR reports only the sites whose file is under DIR; sites elsewhere are left out.
// RUN: %clang_razor %s %S/Inputs/other-leak.c -o %t
// RUN: env TRACE_HERE=1 %run %t 2>&1 | FileCheck %s --check-prefixes=ALL,BOTH
// RUN: env TRACE_HERE=1 %env_razor_opts=here=%S/Inputs %run %t 2>&1 | FileCheck %s --check-prefixes=INPUTS,BOTH
// RUN: mkdir -p %t.elsewhere
// RUN: env TRACE_HERE=1 %env_razor_opts=here=%t.elsewhere %run %t 2>&1 | FileCheck %s --check-prefix=NONE
#include <razortrace.h>
#include <stdlib.h>

void other_leak(void);

static void *keep[8];

RAZOR_PROBE("TRACE_HERE") void leak(int i) {
  keep[i] = malloc(100);
  other_leak();
}

int main(void) {
  for (int i = 0; i < 8; i++)
    leak(i);
  return 0;
}
// ALL: here.c line: 15 column: 13 function: leak command: keep[i] = malloc(100);
// ALL: other-leak.c line: 8 column: {{[0-9]+}} function: other_leak
// ALL: razortrace: SUMMARY: 2 growing site(s) in 1 probe(s)

// INPUTS-NOT: here.c line:
// INPUTS: Inputs/other-leak.c line: 8 column: {{[0-9]+}} function: other_leak
// INPUTS-NOT: here.c line:
// INPUTS: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.3906 kb retained
// BOTH-NOT: razortrace

// NONE-NOT: line:
// NONE: razortrace: no growing allocation sites (1 probe(s), 8 call(s) sampled)
// NONE-NOT: line:
