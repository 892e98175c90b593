// A probe called too few times gets no verdict, said out loud, and leaves
// the exit status alone even with exitcode set: 2 and 7 calls (min_calls
// is 8) print "no verdict", 8 calls judge (and the CI gate fires); a probe
// whose trigger is on but that was never called says so too.
// RUN: %clang_razor -DCALLS=2 %s -o %t2 && env TRACE_FEW=1 %env_razor_opts=exitcode=23 %run %t2 2>&1 | FileCheck --check-prefix=TWO %s
// RUN: %clang_razor -DCALLS=7 %s -o %t7 && env TRACE_FEW=1 %env_razor_opts=exitcode=23 %run %t7 2>&1 | FileCheck --check-prefix=SEVEN %s
// RUN: env TRACE_FEW=1 %env_razor_opts=exitcode=23:format=json %run %t7 2>&1 | FileCheck --check-prefix=JSON %s
// RUN: %clang_razor -DCALLS=8 %s -o %t8 && env TRACE_FEW=1 %env_razor_opts=exitcode=23 not %run %t8 2>&1 | FileCheck --check-prefix=EIGHT %s
// RUN: %clang_razor -DCALLS=0 %s -o %t0 && env TRACE_FEW=1 %run %t0 2>&1 | FileCheck --check-prefix=NEVER %s
// RUN: env TRACE_FEW=1 %env_razor_opts=min_calls=4:exitcode=23 not %run %t7 2>&1 | FileCheck --check-prefix=MIN4 %s
// TWO: razortrace: probe step (trigger TRACE_FEW) in {{.*}}few-calls.c:{{[0-9]+}} — 2 calls sampled — no verdict: 2 call(s), min_calls is 8
// TWO-NEXT: razortrace: no verdict: too few calls (1 probe(s), 2 call(s) sampled)
// TWO-NEXT: done 2
// SEVEN: — 7 calls sampled — no verdict: 7 call(s), min_calls is 8
// SEVEN-NEXT: razortrace: no verdict: too few calls (1 probe(s), 7 call(s) sampled)
// SEVEN-NEXT: done 7
// JSON: "calls": 7, "sites": [], "verdict": "too-few-calls", "min_calls": 8}
// EIGHT: — 8 calls sampled{{$}}
// EIGHT-NEXT: few-calls.c line: {{[0-9]+}} column: {{[0-9]+}} function: step command: keep[n++] = malloc(16);
// EIGHT: razortrace: SUMMARY: 1 growing site(s)
// NEVER: razortrace: probe step (trigger TRACE_FEW) in {{.*}}few-calls.c:{{[0-9]+}} — 0 calls sampled — no verdict: 0 call(s), min_calls is 8
// MIN4: — 7 calls sampled{{$}}
// MIN4: razortrace: SUMMARY: 1 growing site(s)
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *keep[16];
static int n;

RAZOR_PROBE("TRACE_FEW") void step(void);

void step(void) {
  keep[n++] = malloc(16);
}

int main(void) {
  for (int i = 0; i < CALLS; i++)
    step();
  printf("done %d\n", CALLS);
  return 0;
}
