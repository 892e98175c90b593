// help=1 lists every RAZOR_OPTIONS key with its default on stderr, then the program runs and is traced as usual.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_HELP=1 %env_razor_opts=help=1 %run %t > %t.out 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *keep[8];

RAZOR_PROBE("TRACE_HELP") void leak(int i) {
  keep[i] = malloc(10);
}

int main(void) {
  for (int i = 0; i < 8; i++)
    leak(i);
  printf("program ran\n");
  return 0;
}
// CHECK: razortrace: RAZOR_OPTIONS=key=value{:key=value}
// CHECK-NEXT: razortrace: output default stderr where reports go: stderr, stdout, or a path (%p becomes the pid)
// CHECK-NEXT: razortrace: format default text report format: text, json (JSON Lines), html or sarif (one document a report; an output file is rewritten)
// CHECK-NEXT: razortrace: report default exit when to report: exit, call
// CHECK-NEXT: razortrace: exitcode default 0 exit status when the exit report has findings
// CHECK-NEXT: razortrace: here default (none) only report sites whose file is under this directory
// CHECK-NEXT: razortrace: suppressions default (none) file of site:FILE_GLOB[:LINE] and function:NAME_GLOB lines
// CHECK-NEXT: razortrace: report_signal default (none) a signal name (SIGUSR1): write a report when it arrives
// CHECK-NEXT: razortrace: max_frames default 16 traceback: most return addresses recorded per allocation (0-64)
// CHECK-NEXT: razortrace: symbolizer default (none) traceback: llvm-symbolizer to run at report time
// CHECK-NEXT: razortrace: strict default (none) 1: strict verdict, 0: nostrict, for every probe (wins over the annotation)
// CHECK-NEXT: razortrace: warmup default (none) sampled calls each probe leaves out at the start (wins over the annotation)
// CHECK-NEXT: razortrace: min_growth default (none) least growth of kept memory, middle to end, for a finding: bytes, or with KiB or MiB (wins over the annotation)
// CHECK-NEXT: razortrace: min_calls default (none) fewest sampled calls for a verdict; default 8 (wins over the annotation)
// CHECK-NEXT: razortrace: traceback default (none) 1: allocation stacks for every probe, 0: for none (wins over the annotation)
// CHECK-NEXT: razortrace: help default 0 1: list every option with its default and meaning, then run on
// CHECK-NEXT: razortrace: probe leak (trigger TRACE_HELP) {{.*}} 8 calls sampled{{$}}
// CHECK: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s)

// OUT: program ran
