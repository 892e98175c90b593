// A stack cut at max_frames says so: a block allocated 30 calls deep, with max_frames=16 (the default) and 8, shows its 16 (8) innermost frames and "... more frames (max_frames=16)" (the JSON stack gets "truncated": true and "max_frames"), razor-report renders it the same from the JSON; a shallow stack of the same run, and the deep one with max_frames=64, carry neither (before: cut with no sign).
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -g -O0 %s -o %t
// RUN: env TRACE_CUT=1 %run %t > %t.txt 2>&1
// RUN: FileCheck %s < %t.txt
// RUN: env TRACE_CUT=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s --check-prefix=JSON
// RUN: rm -f %t.jsonl && env TRACE_CUT=1 %env_razor_opts=format=json:output=%t.jsonl %run %t
// RUN: %razor_report text %t.jsonl > %t.tool.txt
// RUN: diff %t.txt %t.tool.txt
// RUN: env TRACE_CUT=1 %env_razor_opts=max_frames=8 %run %t 2>&1 | FileCheck %s --check-prefix=EIGHT
// RUN: env TRACE_CUT=1 %env_razor_opts=max_frames=64 %run %t 2>&1 | FileCheck %s --check-prefix=ALL
#include <razortrace.h>
#include <stdlib.h>

static void *deep[20], *shallow[20];

static void dive(int depth, int i) {
  if (depth)
    dive(depth - 1, i);
  else
    deep[i] = malloc(64); // deep-line
}

RAZOR_PROBE("TRACE_CUT,traceback") void handle(int i) {
  dive(30, i);
  shallow[i] = malloc(8); // shallow-line
}

int main(void) {
  for (int i = 0; i < 20; i++)
    handle(i);
  return 0;
}
// CHECK: max-frames-cut.c line: 20 column: 15 function: dive
// CHECK: stack 1 of 1:
// CHECK-NEXT: {{^}}    #0 dive {{.*}}max-frames-cut.c:20{{$}}
// CHECK-NEXT: {{^}}    #1 dive {{.*}}max-frames-cut.c:18 command: dive(depth - 1, i);{{$}}
// CHECK:      {{^}}    #15 dive {{.*}}max-frames-cut.c:18 command: dive(depth - 1, i);{{$}}
// CHECK-NEXT: {{^}}    ... more frames (max_frames=16){{$}}
// CHECK-NEXT: max-frames-cut.c line: 25 column: 16 function: handle
// CHECK: stack 1 of 1:
// CHECK-NEXT: {{^}}    #0 handle {{.*}}max-frames-cut.c:25{{$}}
// CHECK-NEXT: {{^}}    #1 main {{.*}}max-frames-cut.c:30 command: handle(i);{{$}}
// CHECK-NEXT: razortrace: SUMMARY
// JSON: probes[0].sites[0].line = 20
// JSON: probes[0].sites[0].stacks[0].traceback[15].function = "dive"
// JSON-NEXT: probes[0].sites[0].stacks[0].traceback[15].file
// JSON-NOT: traceback[16]
// JSON: probes[0].sites[0].stacks[0].truncated = true
// JSON-NEXT: probes[0].sites[0].stacks[0].max_frames = 16
// JSON: probes[0].sites[1].line = 25
// JSON-NOT: truncated
// JSON-NOT: max_frames
// JSON: probes[0].sites[1].stack_blocks
// EIGHT: {{^}}    #7 dive {{.*}}max-frames-cut.c:18 command: dive(depth - 1, i);{{$}}
// EIGHT-NEXT: {{^}}    ... more frames (max_frames=8){{$}}
// ALL-NOT: more frames
// ALL: {{^}}    #31 handle {{.*}}max-frames-cut.c:24 command: dive(30, i);{{$}}
// ALL-NEXT: {{^}}    #32 main {{.*}}max-frames-cut.c:30 command: handle(i);{{$}}
// ALL-NOT: more frames
