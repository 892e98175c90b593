// razor_probe_destroy removes a created probe: it no longer samples and is left out of every later report.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_KEPT=1 %env_razor_opts=output=stdout %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_KEPT=1 %env_razor_opts=format=json:output=stdout %run %t 2>&1 | %jsonl | FileCheck %s --check-prefix=JSON
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *a[8], *b[8];

RAZOR_PROBE("TRACE_KEPT") void kept(int i) { a[i] = malloc(10); }

int main(void) {
  razor_probe *p = razor_probe_create("doomed", "");
  for (int i = 0; i < 8; i++) {
    kept(i);
    razor_probe_begin(p);
    b[i] = malloc(30);
    razor_probe_end(p);
  }
#ifndef NO_DESTROY
  razor_probe_destroy(p);
#endif
  printf("begin after destroy: %d\n", razor_probe_begin(p));
  razor_probe_end(p);
  printf("findings after destroy: %d\n", razor_probe_report(p, stdout));
  return 0;
}
// CHECK-NOT: doomed
// CHECK: begin after destroy: 0
// CHECK-NEXT: findings after destroy: 0
// CHECK-NEXT: razortrace: probe kept (trigger TRACE_KEPT) {{.*}} 8 calls sampled{{$}}
// CHECK: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s)
// CHECK-NOT: doomed

// JSON-NOT: "doomed"
// JSON: probes[0].function = "kept"
// JSON-NOT: "doomed"
// JSON-NOT: probes[1]
// JSON: jsonl: {{[0-9]+}} report(s)

// The same program without the destroy (-DNO_DESTROY) reports "doomed", in
// razor_probe_report and at exit: the absence above is the destroy's doing.
// RUN: %clang_razor -DNO_DESTROY %s -o %t.kept
// RUN: env TRACE_KEPT=1 %env_razor_opts=output=stdout %run %t.kept 2>&1 | FileCheck %s --check-prefix=NODESTROY
// NODESTROY: begin after destroy: 1
// NODESTROY-NEXT: razortrace: probe doomed (always on) — 9 calls sampled
// NODESTROY-NEXT: {{.*}}api-destroy.c line: 18 column: 12 function: main command: b[i] = malloc(30);
// NODESTROY-NEXT: • average kb per call: 0.0260   • total kb: 0.2344   • blocks: 8
// NODESTROY-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.2344 kb retained
// NODESTROY-NEXT: findings after destroy: 1
// NODESTROY-NEXT: razortrace: probe kept (trigger TRACE_KEPT) in {{.*}}api-destroy.c:11 — 8 calls sampled
// NODESTROY-NEXT: {{.*}}api-destroy.c line: 11 column: 53 function: kept command: RAZOR_PROBE("TRACE_KEPT") void kept(int i) { a[i] = malloc(10); }
// NODESTROY-NEXT: • average kb per call: 0.0098   • total kb: 0.0781   • blocks: 8
// NODESTROY-NEXT: razortrace: probe doomed (always on) — 9 calls sampled
// NODESTROY-NEXT: {{.*}}api-destroy.c line: 18 column: 12 function: main command: b[i] = malloc(30);
// NODESTROY-NEXT: • average kb per call: 0.0260   • total kb: 0.2344   • blocks: 8
// NODESTROY-NEXT: razortrace: SUMMARY: 2 growing site(s) in 2 probe(s), 0.3125 kb retained
