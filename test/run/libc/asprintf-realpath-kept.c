// Strings that asprintf and realpath(path, NULL) allocate and the probe keeps are sites at their calls: kind "asprintf" sized length + 1, kind "realpath" sized strlen + 1.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_STR=1 %run %t 2>%t.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s --check-prefix=TEXT < %t.err
// RUN: env TRACE_STR=1 %env_razor_opts=format=json %run %t 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
#define _GNU_SOURCE
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *names[8], *paths[8];
static int n;

// asprintf makes "item-N" (6 characters, 7 bytes) a call, realpath "/"
// (2 bytes): the larger site is listed first.  min_calls=5: the five calls
// are judged (the hooks' figures are the point, not the verdict).
// TEXT:      razortrace: probe name_things (trigger TRACE_STR) in {{.*}}asprintf-realpath-kept.c:[[# @LINE + 1]] — 5 calls sampled{{$}}
RAZOR_PROBE("TRACE_STR,min_calls=5") void name_things(void) {
  int len = asprintf(&names[n], "item-%d", n);
// TEXT-NEXT: {{.*}}asprintf-realpath-kept.c line: [[# @LINE - 1]] column: 13 function: name_things command: int len = asprintf(&names[n], "item-%d", n);
// TEXT-NEXT:     • average kb per call: 0.0068   • total kb: 0.0342   • blocks: 5
// JSON:      probes[0].sites[0].line = [[# @LINE - 3]]
// JSON-NEXT: probes[0].sites[0].column = 13
// JSON-NEXT: probes[0].sites[0].function = "name_things"
// JSON-NEXT: probes[0].sites[0].source = "int len = asprintf(&names[n], \"item-%d\", n);"
// JSON-NEXT: probes[0].sites[0].kind = "asprintf"
// JSON-NEXT: probes[0].sites[0].total_bytes = 35
// JSON-NEXT: probes[0].sites[0].blocks = 5
// JSON-NEXT: probes[0].sites[0].average_bytes = 7.0
// JSON-NEXT: probes[0].sites[0].reclaimed = false
// JSON-NEXT: probes[0].sites[0].samples = [7, 14, 21, 28, 35]
  paths[n] = realpath("/./", NULL);
// TEXT-NEXT: {{.*}}asprintf-realpath-kept.c line: [[# @LINE - 1]] column: 14 function: name_things command: paths[n] = realpath("/./", NULL);
// TEXT-NEXT:     • average kb per call: 0.0020   • total kb: 0.0098   • blocks: 5
// TEXT-NEXT: razortrace: SUMMARY: 2 growing site(s) in 1 probe(s), 0.0439 kb retained
// JSON:      probes[0].sites[1].line = [[# @LINE - 4]]
// JSON-NEXT: probes[0].sites[1].column = 14
// JSON-NEXT: probes[0].sites[1].function = "name_things"
// JSON-NEXT: probes[0].sites[1].source = "paths[n] = realpath(\"/./\", NULL);"
// JSON-NEXT: probes[0].sites[1].kind = "realpath"
// JSON-NEXT: probes[0].sites[1].total_bytes = 10
// JSON-NEXT: probes[0].sites[1].blocks = 5
// JSON-NEXT: probes[0].sites[1].average_bytes = 2.0
// JSON-NEXT: probes[0].sites[1].reclaimed = false
// JSON-NEXT: probes[0].sites[1].samples = [2, 4, 6, 8, 10]
// JSON-NOT:  probes[0].sites[2]
// JSON:      jsonl: 1 report(s)
  if (len == 6 && paths[n])
    n++;
}

// OUT: kept item-0 .. item-4 and 5 copies of /
int main(void) {
  for (int i = 0; i < 5; i++)
    name_things();
  printf("kept %s .. %s and %d copies of %s\n", names[0], names[n - 1], n, paths[0]);
  return 0;
}
