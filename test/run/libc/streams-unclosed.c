// A popen stream never pclose'd and a DIR never closedir'd, one per call, are resource sites at their calls (kinds "popen" and "opendir", counted by how many are open).
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_STREAMS=1 %run %t %S 2>%t.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s --check-prefix=TEXT < %t.err
// RUN: env TRACE_STREAMS=1 %env_razor_opts=format=json %run %t %S 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
#define _GNU_SOURCE
#include <dirent.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *pipes[8];
static DIR *dirs[8];
static int n;

// TEXT:      razortrace: probe forget_streams (trigger TRACE_STREAMS) in {{.*}}streams-unclosed.c:[[# @LINE + 1]] — 6 calls sampled{{$}}
RAZOR_PROBE("TRACE_STREAMS,min_calls=6") void forget_streams(const char *dir) {
  char buf[64];
  pipes[n] = popen("echo hello", "r");
// TEXT-NEXT: {{.*}}streams-unclosed.c line: [[# @LINE - 1]] column: 14 function: forget_streams command: pipes[n] = popen("echo hello", "r");
// TEXT-NEXT:     • average open per call: 1.0000   • open: 6
// JSON:      probes[0].sites[0].line = [[# @LINE - 3]]
// JSON-NEXT: probes[0].sites[0].column = 14
// JSON-NEXT: probes[0].sites[0].function = "forget_streams"
// JSON-NEXT: probes[0].sites[0].source = "pipes[n] = popen(\"echo hello\", \"r\");"
// JSON-NEXT: probes[0].sites[0].kind = "popen"
// JSON-NEXT: probes[0].sites[0].total_bytes = 0
// JSON-NEXT: probes[0].sites[0].blocks = 6
// JSON-NEXT: probes[0].sites[0].open = 6
// JSON:      probes[0].sites[0].samples = [1, 2, 3, 4, 5, 6]
  if (fgets(buf, sizeof buf, pipes[n])) /* reading charges nothing here */
    buf[0] = 0;
  dirs[n] = opendir(dir);
// TEXT-NEXT: {{.*}}streams-unclosed.c line: [[# @LINE - 1]] column: 13 function: forget_streams command: dirs[n] = opendir(dir);
// TEXT-NEXT:     • average open per call: 1.0000   • open: 6
// TEXT-NEXT: razortrace: SUMMARY: 2 growing site(s) in 1 probe(s)
// JSON:      probes[0].sites[1].line = [[# @LINE - 4]]
// JSON-NEXT: probes[0].sites[1].column = 13
// JSON-NEXT: probes[0].sites[1].function = "forget_streams"
// JSON-NEXT: probes[0].sites[1].source = "dirs[n] = opendir(dir);"
// JSON-NEXT: probes[0].sites[1].kind = "opendir"
// JSON-NEXT: probes[0].sites[1].total_bytes = 0
// JSON-NEXT: probes[0].sites[1].blocks = 6
// JSON-NEXT: probes[0].sites[1].open = 6
// JSON:      probes[0].sites[1].samples = [1, 2, 3, 4, 5, 6]
// JSON-NOT:  probes[0].sites[2]
// JSON:      jsonl: 1 report(s)
  while (readdir(dirs[n])) /* nor does listing */
    ;
  n++;
}

// OUT: 6 pipes and 6 directories open
int main(int argc, char **argv) {
  if (argc != 2)
    return 2;
  for (int i = 0; i < 6; i++)
    forget_streams(argv[1]);
  printf("%d pipes and %d directories open\n", n, n);
  return 0;
}
