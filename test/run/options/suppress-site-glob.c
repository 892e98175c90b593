// A suppressions line site:GLOB drops the findings whose file (full path or base name) matches GLOB.
// RUN: %clang_razor %s %S/Inputs/other-leak.c -o %t
// RUN: echo "site:other-*.c" > %t.base
// RUN: env TRACE_SUPP=1 %env_razor_opts=suppressions=%t.base %run %t 2>&1 | FileCheck %s --check-prefix=BASE
// RUN: echo "site:*/Inputs/*" > %t.path
// RUN: env TRACE_SUPP=1 %env_razor_opts=suppressions=%t.path %run %t 2>&1 | FileCheck %s --check-prefix=BASE
// RUN: echo "site:*.c" > %t.all
// RUN: env TRACE_SUPP=1 %env_razor_opts=suppressions=%t.all %run %t 2>&1 | FileCheck %s --check-prefix=ALL
// RUN: echo "site:other" > %t.nomatch
// RUN: env TRACE_SUPP=1 %env_razor_opts=suppressions=%t.nomatch %run %t 2>&1 | FileCheck %s --check-prefix=NOMATCH
#include <razortrace.h>
#include <stdlib.h>

void other_leak(void);

static void *keep[8];

RAZOR_PROBE("TRACE_SUPP") void leak(int i) {
  keep[i] = malloc(100);
  other_leak();
}

int main(void) {
  for (int i = 0; i < 8; i++)
    leak(i);
  return 0;
}
// BASE-NOT: other-leak.c
// BASE: suppress-site-glob.c line: 19 column: 13 function: leak
// BASE-NOT: other-leak.c
// BASE: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s)

// ALL-NOT: line:
// ALL: razortrace: no growing allocation sites (1 probe(s), 8 call(s) sampled)

// NOMATCH: razortrace: SUMMARY: 2 growing site(s) in 1 probe(s)
