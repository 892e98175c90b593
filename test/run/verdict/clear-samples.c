// A `clear` probe's exit report totals every call (SPEC 5), and its "samples" are what each sampled call kept (its figure as of its return, judged alone), not the last call's alone: the text report's totals are their sum, and razor-report draws and prints them as the runtime does (the chart over all calls).
// RUN: %clang_razor %s -o %t
// RUN: rm -f %t.txt %t.jsonl
// RUN: env TRACE_CS=1 %env_razor_opts=format=json:output=%t.jsonl %run %t
// RUN: env TRACE_CS=1 %env_razor_opts=output=%t.txt %run %t
// RUN: tail -n 1 %t.jsonl | %jsonl | FileCheck %s
// RUN: FileCheck %s --check-prefix=TEXT < %t.txt
// RUN: %razor_report text %t.jsonl > %t.tool.txt
// RUN: diff %t.txt %t.tool.txt
// RUN: tail -n 1 %t.jsonl > %t.last.jsonl
// RUN: %razor_report html %t.last.jsonl | FileCheck %s --check-prefix=HTML
#include <razortrace.h>
#include <stdlib.h>

static void *kept[8];

/* Keeps 100, 0, 300, 0 and 50 bytes in its five calls; the scratch block
 * of each call is gone before it returns. */
RAZOR_PROBE("TRACE_CS,clear,debug") void keep(int i) {
  static const size_t sizes[5] = {100, 0, 300, 0, 50};
  free(malloc(1000));
  if (sizes[i])
    kept[i] = malloc(sizes[i]);
}

int main(void) {
  for (int i = 0; i < 5; i++)
    keep(i);
  return 0;
}
// CHECK:      probes[0].calls = 5
// CHECK:      probes[0].sites[0].line = 23
// CHECK:      probes[0].sites[0].total_bytes = 450
// CHECK-NEXT: probes[0].sites[0].blocks = 3
// CHECK:      probes[0].sites[0].samples = [100, 0, 300, 0, 50]
// CHECK-NOT:  probes[0].sites[1]

// The exit report (the last): every call's figure under -----sizes-----.
// TEXT:      razortrace: probe keep (trigger TRACE_CS) in {{.*}}clear-samples.c:19 — 5 calls sampled
// TEXT-NEXT: clear-samples.c line: 23 column: 15 function: keep command: kept[i] = malloc(sizes[i]);
// TEXT-NEXT: • average kb per call: 0.0879   • total kb: 0.4395   • blocks: 3   • finding: yes
// TEXT-NEXT: -----sizes-----
// TEXT-NEXT: 0.098 0.000 0.293 0.000 0.049
// TEXT-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.4395 kb retained

// HTML:      <title>call 1: 100 B</title>
// HTML-NEXT: <title>call 2: 0 B</title>
// HTML-NEXT: <title>call 3: 300 B</title>
// HTML-NEXT: <title>call 4: 0 B</title>
// HTML-NEXT: <title>call 5: 50 B</title>
