// `traceback` adds a -----trace----- section naming the site's function, file and line, then its callers (built without -g: named by the symbol table, with the file and definition line of their function records), and a JSON traceback array.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_TB=1 %run %t 2>&1 | FileCheck %s --check-prefix=TEXT
// RUN: env TRACE_TB=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s --check-prefix=JSON
#include <razortrace.h>
#include <stdlib.h>

static void *kept[10];

RAZOR_PROBE("TRACE_TB,traceback") void keep(int i) {
  kept[i] = malloc(50);
// TEXT:      line: [[# @LINE - 1]] column: 13 function: keep command: kept[i] = malloc(50);
// TEXT-NEXT: • blocks: 10
// TEXT-NEXT: {{^}}						-----trace-----{{$}}
// TEXT-NEXT: {{^}}    stacks recorded for {{[1-9][0-9]*}} of {{[0-9]+}} retained blocks{{$}}
// TEXT-NEXT: {{^}}    stack 1 of 1: {{[0-9.]+}} kb in {{[0-9]+}} blocks{{$}}
// TEXT-NEXT: {{^}}    #0 keep {{.*}}/traceback.c:[[# @LINE - 6]]{{$}}
// TEXT-NEXT: {{^}}    #1 main {{.*}}/traceback.c:[[# @LINE + 9]] command: int main(void) {{[{]}}{{$}}
// TEXT-NEXT: razortrace: SUMMARY: 1 growing site(s)
// JSON:      report 0: probes[0].sites[0].samples = [
// JSON-NEXT: report 0: probes[0].sites[0].traceback[0].function = "keep"
// JSON-NEXT: report 0: probes[0].sites[0].traceback[0].file = "{{.*}}/traceback.c"
// JSON-NEXT: report 0: probes[0].sites[0].traceback[0].line = [[# @LINE - 12]]
// JSON:      jsonl: 1 report(s)
}

int main(void) {
  for (int i = 0; i < 10; i++)
    keep(i);
  return 0;
}
