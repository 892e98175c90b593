// Two-phase capture: a `traceback` probe's allocations carry no stack until their site's retained bytes have risen at 3 samples (the site then grows); from then on its new blocks get stacks.  The report says for how many of a site's blocks retained at the last two samples stacks were recorded (a sample is taken when the next call begins; the last call has none, so the one before counts too): 16 of the growing site's 20 (calls 4 to 19), none of a site whose one retained block is replaced every call (it never rises again; shown with debug).
// RUN: %clang_razor -g %s -o %t
// RUN: env TRACE_PHASE=1 %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_PHASE=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s --check-prefix=JSON
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

static void *kept[20];
static void *last;
static int n;

RAZOR_PROBE("TRACE_PHASE,traceback,debug") void serve(void) {
  free(last);
  last = malloc(100); // replaced-line
  char *tmp = malloc(300); // temporary-line
  memset(tmp, 0, 300);
  free(tmp);
  kept[n++] = malloc(40); // kept-line
}

int main(void) {
  for (int i = 0; i < 20; i++)
    serve();
  return 0;
}
// CHECK:      two-phase.c line: 19 column: 15 function: serve command: kept[n++] = malloc(40); // kept-line
// CHECK-NEXT: blocks: 20   • finding: yes
// CHECK-NEXT: -----trace-----
// CHECK-NEXT: {{^}}    stacks recorded for 16 of 20 retained blocks{{$}}
// CHECK-NEXT: {{^}}    stack 1 of 1: 0.6250 kb in 16 blocks{{$}}
// CHECK-NEXT: {{^}}    #0 serve {{.*}}two-phase.c:19{{$}}
// CHECK-NEXT: {{^}}    #1 main {{.*}}two-phase.c:24 command: serve();{{$}}
// CHECK:      two-phase.c line: 15 column: 10 function: serve command: last = malloc(100); // replaced-line
// CHECK-NEXT: blocks: 1   • finding: no
// CHECK-NEXT: -----trace-----
// CHECK-NEXT: {{^}}    stacks recorded for 0 of 1 retained blocks{{$}}
// CHECK-NEXT: {{^}}    #0 serve {{.*}}two-phase.c:15{{$}}
// CHECK-NEXT: -----sizes-----
// CHECK-NOT:  temporary-line
// JSON:      probes[0].sites[0].line = 19
// JSON:      probes[0].sites[0].stacks[0].blocks = 16
// JSON:      probes[0].sites[0].stacks_more = 0
// JSON-NEXT: probes[0].sites[0].stack_blocks = 16
// JSON:      probes[0].sites[1].line = 15
// JSON:      probes[0].sites[1].stacks = []
// JSON-NEXT: probes[0].sites[1].stacks_more = 0
// JSON-NEXT: probes[0].sites[1].stack_blocks = 0
