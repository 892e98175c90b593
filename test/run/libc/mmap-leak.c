// A mapping made per call and never unmapped is a site of kind "mmap" sized by its length: total_bytes = length x calls.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_MAPS=1 %run %t 2>%t.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s --check-prefix=TEXT < %t.err
// RUN: env TRACE_MAPS=1 %env_razor_opts=format=json %run %t 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
#include <razortrace.h>
#include <stdio.h>
#include <sys/mman.h>

static void *maps[8];
static int n;

// 3 pages of 4096 bytes a call, 6 calls: 73728 bytes (72 kb) in 6 mappings.
// TEXT:      razortrace: probe map_more (trigger TRACE_MAPS) in {{.*}}mmap-leak.c:[[# @LINE + 1]] — 6 calls sampled{{$}}
RAZOR_PROBE("TRACE_MAPS,min_calls=6") void map_more(void) {
  void *p = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
// TEXT-NEXT: {{.*}}mmap-leak.c line: [[# @LINE - 1]] column: 13 function: map_more command: void *p = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
// TEXT-NEXT:     • average kb per call: 12.0000   • total kb: 72.0000   • blocks: 6
// TEXT-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 72.0000 kb retained
// JSON:      probes[0].sites[0].line = [[# @LINE - 4]]
// JSON-NEXT: probes[0].sites[0].column = 13
// JSON-NEXT: probes[0].sites[0].function = "map_more"
// JSON-NEXT: probes[0].sites[0].source = "void *p = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);"
// JSON-NEXT: probes[0].sites[0].kind = "mmap"
// JSON-NEXT: probes[0].sites[0].total_bytes = 73728
// JSON-NEXT: probes[0].sites[0].blocks = 6
// JSON-NEXT: probes[0].sites[0].average_bytes = 12288.0
// JSON-NEXT: probes[0].sites[0].reclaimed = false
// JSON-NEXT: probes[0].sites[0].samples = [12288, 24576, 36864, 49152, 61440, 73728]
// JSON-NOT:  probes[0].sites[1]
// JSON:      jsonl: 1 report(s)
  if (p != MAP_FAILED) {
    ((char *)p)[0] = 1;
    maps[n++] = p;
  }
}

// OUT: 6 mappings kept
int main(void) {
  for (int i = 0; i < 6; i++)
    map_more();
  printf("%d mappings kept\n", n);
  return 0;
}
