// A region allocator from a library built without the plugin (Inputs/arena.c: chunks from malloc, bump allocation, razor_pool_alloc for each block, razor_pool_clear at reset): the blocks a long-lived arena keeps are one finding at the user's call of arena_alloc, kind "pool", via arena_alloc, with exactly the blocks' bytes; a per-request arena reset before the call returns is not reported; the chunks are "pool-chunk", never a finding, and not counted again on top of the blocks (without the client calls, the session arena's chunks were the finding: kind malloc, 4112 bytes a chunk).
// RUN: %clang -O2 -I%include -c %S/Inputs/arena.c -o %t.arena.o
// RUN: %clang_razor -g -O0 -I%S/Inputs %s %t.arena.o -o %t0
// RUN: %clang_razor -g -O2 -I%S/Inputs %s %t.arena.o -o %t2
// RUN: %clang -g -O2 -I%include -I%S/Inputs %s %t.arena.o -o %t.plain
// RUN: %run %t.plain > %t.plain.out
// RUN: env TRACE_ARENA=1 %run %t0 > %t0.out 2> %t0.err
// RUN: FileCheck %s < %t0.err
// RUN: diff %t.plain.out %t0.out
// RUN: env TRACE_ARENA=1 %run %t2 2>&1 >/dev/null | FileCheck %s
// RUN: env TRACE_ARENA=1 %env_razor_opts=format=json %run %t0 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
// RUN: env TRACE_ARENA=1 %env_razor_opts=format=json %run %t2 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
#include <razortrace.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"

static struct arena sessions; /* lives as long as the program */
static char *names[64];

RAZOR_PROBE("TRACE_ARENA,debug") void handle(int i) {
  struct arena req = {0}; /* one per request */
  char *line = NULL;
  for (int k = 0; k < 30; k++) {
    line = arena_alloc(&req, 100);
    snprintf(line, 100, "request %d part %d", i, k);
  }
  names[i] = arena_alloc(&sessions, 1000); /* <--- kept for good */
  strcpy(names[i], line);
  arena_reset(&req);
}
// Each call keeps 1000 bytes (1008 with the arena's rounding) of the
// session arena: 40 calls, 40320 bytes, in 10 chunks of 4112 bytes.  The
// chunks come first (the larger total), with the pool's blocks' line.
// CHECK:      razortrace: probe handle (trigger TRACE_ARENA) in {{.*}}arena.c:[[# @LINE - 14]] — 40 calls sampled
// CHECK-NEXT: arena.c line: [[# @LINE - 8]] column: 14 function: handle command: names[i] = arena_alloc(&sessions, 1000); /* <--- kept for good */
// CHECK-NEXT:     • average kb per call: 1.0039   • total kb: 40.1562   • blocks: 10   • via: arena_alloc   • pool-chunk   • finding: no
// CHECK:      arena.c line: [[# @LINE - 10]] column: 14 function: handle command: names[i] = arena_alloc(&sessions, 1000); /* <--- kept for good */
// CHECK-NEXT:     • average kb per call: 0.9844   • total kb: 39.3750   • blocks: 40   • via: arena_alloc   • finding: yes
// CHECK-NEXT: -----sizes-----
// CHECK-NEXT: 0.984 1.969 2.953 3.938 {{.*}} 39.375{{$}}
// CHECK-NOT:  line:
// CHECK:      razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 39.3750 kb retained

// JSON:      probes[0].function = "handle"
// JSON:      probes[0].sites[0].line = [[# @LINE - 18]]
// JSON:      probes[0].sites[0].kind = "pool-chunk"
// JSON-NEXT: probes[0].sites[0].total_bytes = 41120
// JSON-NEXT: probes[0].sites[0].blocks = 10
// JSON:      probes[0].sites[0].finding = false
// JSON:      probes[0].sites[0].via.function = "arena_alloc"
// JSON:      probes[0].sites[1].line = [[# @LINE - 24]]
// JSON:      probes[0].sites[1].kind = "pool"
// JSON-NEXT: probes[0].sites[1].total_bytes = 40320
// JSON-NEXT: probes[0].sites[1].blocks = 40
// JSON:      probes[0].sites[1].finding = true
// JSON:      probes[0].sites[1].via.function = "arena_alloc"
// JSON-NOT:  probes[0].sites[2]
// JSON:      probes[0].verdict = "growing"

int main(void) {
  for (int i = 0; i < 40; i++)
    handle(i);
  printf("%s / %s, %zu chunks\n", names[0], names[39], sessions.chunks);
  return 0;
}
