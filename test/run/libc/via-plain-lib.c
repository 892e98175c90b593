// A block allocated inside a library function built without the plugin and kept by the probe is charged to the user's call of that function, with "via" naming it; freed, it leaves nothing.
// RUN: %clang_razor %s -c -o %t.o
// RUN: %clang -c %S/Inputs/lib.c -o %t.lib.o
// RUN: %clang_razor %t.o %t.lib.o -o %t
// RUN: env TRACE_LIB=1 %run %t 2>%t.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s --check-prefix=TEXT < %t.err
// RUN: env TRACE_LIB=1 %env_razor_opts=format=json %run %t 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

char *lib_make(void);

static char *kept[8];
static int n;

// lib_make mallocs and fills 20 bytes a call.
// TEXT:      razortrace: probe build (trigger TRACE_LIB) in {{.*}}via-plain-lib.c:[[# @LINE + 1]] — 6 calls sampled{{$}}
RAZOR_PROBE("TRACE_LIB,min_calls=6") void build(void) {
  char *tmp = lib_make();
  free(tmp); /* this one is given back: no finding at its line */
  kept[n++] = lib_make();
// TEXT-NEXT: {{.*}}via-plain-lib.c line: [[# @LINE - 1]] column: 15 function: build command: kept[n++] = lib_make();
// The text names lib_make at the end of the finding's second line.
// TEXT-NEXT:     • average kb per call: 0.0195   • total kb: 0.1172   • blocks: 6   • via: lib_make{{$}}
// TEXT-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.1172 kb retained
// JSON:      probes[0].sites[0].file = "{{.*}}via-plain-lib.c"
// JSON-NEXT: probes[0].sites[0].line = [[# @LINE - 6]]
// JSON-NEXT: probes[0].sites[0].column = 15
// JSON-NEXT: probes[0].sites[0].function = "build"
// JSON-NEXT: probes[0].sites[0].source = "kept[n++] = lib_make();"
// JSON-NEXT: probes[0].sites[0].kind = "malloc"
// JSON-NEXT: probes[0].sites[0].total_bytes = 120
// JSON-NEXT: probes[0].sites[0].blocks = 6
// JSON-NEXT: probes[0].sites[0].average_bytes = 20.0
// JSON-NEXT: probes[0].sites[0].reclaimed = false
// JSON-NEXT: probes[0].sites[0].samples = [20, 40, 60, 80, 100, 120]
// JSON-NEXT: probes[0].sites[0].via.function = "lib_make"
// JSON-NEXT: probes[0].sites[0].via.file = {{.*}}
// JSON-NEXT: probes[0].sites[0].via.line = {{[0-9]+}}
// JSON-NOT:  probes[0].sites[1]
// JSON:      jsonl: 1 report(s)
}

// OUT: kept 6: made by the library
int main(void) {
  for (int i = 0; i < 6; i++)
    build();
  printf("kept %d: %s\n", n, kept[n - 1]);
  return 0;
}
