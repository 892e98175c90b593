// The verdict's options as annotation options and as RAZOR_OPTIONS, which
// win over the annotation (SPEC 2): min_calls=20 in the annotation leaves 12
// calls without a verdict until RAZOR_OPTIONS says min_calls=8; warmup=11
// leaves one call to judge; a cache flushed once that grows again is a
// reclaim in strict mode and reported with strict=0; traceback=1 adds
// stacks to a probe without it; min_growth above the growth hides the
// finding; a bad value is one line.
// RUN: %clang_razor -O1 %s -o %t
// RUN: env TRACE_OPT=1 %run %t 2>&1 | FileCheck --check-prefix=ANNOT %s
// RUN: env TRACE_OPT=1 %env_razor_opts=min_calls=8 %run %t 2>&1 | FileCheck --check-prefix=EIGHT %s
// RUN: env TRACE_OPT=1 %env_razor_opts=min_calls=8:warmup=11 %run %t 2>&1 | FileCheck --check-prefix=WARM %s
// RUN: env TRACE_OPT=1 %env_razor_opts=min_calls=8:strict=0 %run %t 2>&1 | FileCheck --check-prefix=NOSTRICT %s
// RUN: env TRACE_OPT=1 %env_razor_opts=min_calls=8:traceback=1 %run %t 2>&1 | FileCheck --check-prefix=TRACE %s
// RUN: env TRACE_OPT=1 %env_razor_opts=min_calls=8:min_growth=1KiB %run %t 2>&1 | FileCheck --check-prefix=GROWTH %s
// RUN: env TRACE_OPT=1 %env_razor_opts=min_calls=0 %run %t 2>&1 | FileCheck --check-prefix=BAD %s
// ANNOT: — 12 calls sampled — no verdict: 12 call(s), min_calls is 20
// EIGHT: — 12 calls sampled{{$}}
// EIGHT-NEXT: options-override.c line: {{[0-9]+}} column: {{[0-9]+}} function: step command: list[n++] = malloc(40);
// EIGHT-NEXT: • average kb per call: 0.0391   • total kb: 0.4688   • blocks: 12
// EIGHT-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.4688 kb retained
// WARM: — 12 calls sampled — no verdict: 1 call(s) after warmup 11, min_calls is 8
// NOSTRICT: command: list[n++] = malloc(40);
// NOSTRICT: command: cache[m++] = malloc(16);
// NOSTRICT: razortrace: SUMMARY: 2 growing site(s)
// TRACE: -----trace-----
// TRACE-NEXT: stacks recorded for
// TRACE-NEXT: stack 1 of 1:
// TRACE-NEXT: #0 step {{.*}}options-override.c:{{[0-9]+}}
// GROWTH: razortrace: no growing allocation sites (1 probe(s), 12 call(s) sampled)
// BAD: razortrace: RAZOR_OPTIONS: {{.*}}min_calls{{.*}}
#include <razortrace.h>
#include <stdlib.h>

static void *list[64], *cache[64];
static int n, m;

RAZOR_PROBE("TRACE_OPT, min_calls=20") void step(int i);

void step(int i) {
  list[n++] = malloc(40); /* a leak */
  cache[m++] = malloc(16); /* a cache flushed once, then growing again */
  if (i == 3)
    while (m)
      free(cache[--m]);
}

int main(void) {
  for (int i = 0; i < 12; i++)
    step(i);
  return 0;
}
