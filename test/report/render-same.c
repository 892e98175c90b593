// One implementation: razor-report text on a run's JSON writes exactly the text report the runtime wrote for the same run (findings, via, the resource site, tracebacks with their source lines and the stacks of the retained blocks, the summary), and the "no verdict" header of a probe with warmup (JSON "warmup").
// RUN: %clang_razor -g %S/Inputs/leaky.c -o %t
// RUN: rm -f %t.txt %t.jsonl %t.few.txt %t.few.jsonl
// RUN: env TRACE_HANDLE=1 LEAK_MORE=1 LEAK_FILES=1 %env_razor_opts=output=%t.txt %run %t 24
// RUN: env TRACE_HANDLE=1 LEAK_MORE=1 LEAK_FILES=1 %env_razor_opts=format=json:output=%t.jsonl %run %t 24
// RUN: %razor_report text %t.jsonl > %t.tool.txt
// RUN: diff %t.txt %t.tool.txt
// RUN: FileCheck %s < %t.tool.txt
// CHECK: razortrace: probe handle (trigger TRACE_HANDLE) in {{.*}}leaky.c:{{[0-9]+}} — 24 calls sampled
// CHECK: leaky.c line: 28 column: 21 function: handle command: names[nnames++] = strdup(name); /* kept: the leak */
// CHECK: -----trace-----
// CHECK: average open per call: 1.0000
// CHECK: razortrace: SUMMARY: 4 growing site(s) in 1 probe(s)
//
// Too few calls after warmup, said the same way by both.
// RUN: env TRACE_HANDLE=1 %env_razor_opts=warmup=2:output=%t.few.txt %run %t 5
// RUN: env TRACE_HANDLE=1 %env_razor_opts=warmup=2:format=json:output=%t.few.jsonl %run %t 5
// RUN: %razor_report text %t.few.jsonl > %t.few.tool.txt
// RUN: diff %t.few.txt %t.few.tool.txt
// RUN: FileCheck %s --check-prefix=FEW < %t.few.tool.txt
// FEW: razortrace: probe handle (trigger TRACE_HANDLE) in {{.*}}leaky.c:{{[0-9]+}} — 5 calls sampled — no verdict: 3 call(s) after warmup 2, min_calls is 8
//
// The JSON carries the verdict's kept memory for charts.
// RUN: %jsonl < %t.jsonl | FileCheck %s --check-prefix=KEPT
// KEPT: probes[0].sites[0].traceback[1].column =
// KEPT: probes[0].sites[0].stack_blocks = {{[1-9][0-9]*}}
// KEPT-NEXT: probes[0].sites[0].middle_call = 12
// KEPT-NEXT: probes[0].sites[0].kept_middle = {{[1-9][0-9]*}}
// KEPT-NEXT: probes[0].sites[0].end_samples = 2
// KEPT-NEXT: probes[0].sites[0].kept_end = {{[1-9][0-9]*}}
