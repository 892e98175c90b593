// A FILE opened per call and never closed is one resource site at the fopen call (kind "fopen", judged by how many are open, no bytes); reading from it with fgets and getline charges nothing to the reading lines.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_FILES=1 %run %t %s 2>%t.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s --check-prefix=TEXT < %t.err
// RUN: env TRACE_FILES=1 %env_razor_opts=format=json %run %t %s 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
#define _GNU_SOURCE
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *forgotten[16];
static int nopen;
static size_t total;

// TEXT:      razortrace: probe first_lines (trigger TRACE_FILES) in {{.*}}fopen-unclosed.c:[[# @LINE + 1]] — 7 calls sampled{{$}}
RAZOR_PROBE("TRACE_FILES,min_calls=7") void first_lines(const char *path) {
  FILE *f = fopen(path, "r");
// TEXT-NEXT: {{.*}}fopen-unclosed.c line: [[# @LINE - 1]] column: 13 function: first_lines command: FILE *f = fopen(path, "r");
// TEXT-NEXT:     • average open per call: 1.0000   • open: 7
// TEXT-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s)
// JSON:      report 0: probes[0].calls = 7
// JSON-NEXT: probes[0].sites[0].file = "{{.*}}fopen-unclosed.c"
// JSON-NEXT: probes[0].sites[0].line = [[# @LINE - 6]]
// JSON-NEXT: probes[0].sites[0].column = 13
// JSON-NEXT: probes[0].sites[0].function = "first_lines"
// JSON-NEXT: probes[0].sites[0].source = "FILE *f = fopen(path, \"r\");"
// JSON-NEXT: probes[0].sites[0].kind = "fopen"
// JSON-NEXT: probes[0].sites[0].total_bytes = 0
// JSON-NEXT: probes[0].sites[0].blocks = 7
// JSON-NEXT: probes[0].sites[0].open = 7
// JSON-NEXT: probes[0].sites[0].average_bytes = 0.0
// JSON-NEXT: probes[0].sites[0].reclaimed = false
// JSON-NEXT: probes[0].sites[0].samples = [1, 2, 3, 4, 5, 6, 7]
// JSON-NOT:  probes[0].sites[1]
// JSON:      jsonl: 1 report(s)
  if (!f)
    return;
  forgotten[nopen++] = f; /* kept open: never fclose'd */
  char buf[256];
  if (fgets(buf, sizeof buf, f)) /* the first read allocates the stream's buffer */
    total += strlen(buf);
  char *line = NULL;
  size_t cap = 0;
  ssize_t got = getline(&line, &cap, f); /* the line buffer is freed below */
  if (got > 0)
    total += (size_t)got;
  free(line);
}

// OUT: opened 7 files
int main(int argc, char **argv) {
  if (argc != 2)
    return 2;
  for (int i = 0; i < 7; i++)
    first_lines(argv[1]);
  printf("opened %d files\n", nopen);
  return 0;
}
