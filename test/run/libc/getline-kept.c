// getline and getdelim in a probe that keeps every line buffer libc allocates are each a site at their call, kind "getline"/"getdelim", one block per line kept; the stream's own buffer is charged nowhere.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_LINES=1 %run %t 2>%t.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s --check-prefix=TEXT < %t.err
// RUN: env TRACE_LINES=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s --check-prefix=JSON
#define _GNU_SOURCE
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *kept[64];
static int nkept;
static const char text[] = "alpha\nbeta\ngamma\n";
static const char fields[] = "one;two;";

// Each call keeps 3 getline buffers and 2 getdelim buffers.  The lines are
// short, so every buffer is glibc's first getline allocation, 120 bytes.
// TEXT:      razortrace: probe read_lines (trigger TRACE_LINES) in {{.*}}getline-kept.c:[[# @LINE + 1]] — 6 calls sampled{{$}}
RAZOR_PROBE("TRACE_LINES,min_calls=6") void read_lines(void) {
  FILE *f = fmemopen((void *)text, strlen(text), "r");
  char *line = NULL;
  size_t cap = 0;
  while (getline(&line, &cap, f) > 0) {
// TEXT-NEXT: {{.*}}getline-kept.c line: [[# @LINE - 1]] column: 10 function: read_lines command: while (getline(&line, &cap, f) > 0) {
// TEXT-NEXT:     • average kb per call: 0.3516   • total kb: 2.1094   • blocks: 18
// JSON:      probes[0].sites[0].line = [[# @LINE - 3]]
// JSON-NEXT: probes[0].sites[0].column = 10
// JSON-NEXT: probes[0].sites[0].function = "read_lines"
// JSON-NEXT: probes[0].sites[0].source = "while (getline(&line, &cap, f) > 0) {"
// JSON-NEXT: probes[0].sites[0].kind = "getline"
// JSON-NEXT: probes[0].sites[0].total_bytes = 2160
// JSON-NEXT: probes[0].sites[0].blocks = 18
// JSON-NEXT: probes[0].sites[0].average_bytes = 360.0
// JSON-NEXT: probes[0].sites[0].reclaimed = false
// JSON-NEXT: probes[0].sites[0].samples = [360, 720, 1080, 1440, 1800, 2160]
    kept[nkept++] = line;
    line = NULL; /* kept: the next getline allocates a new buffer */
  }
  free(line); /* the buffer of the final, failing getline */
  fclose(f);
  line = NULL;
  cap = 0;

  f = fmemopen((void *)fields, strlen(fields), "r");
  for (;;) {
    ssize_t got = getdelim(&line, &cap, ';', f);
// TEXT-NEXT: {{.*}}getline-kept.c line: [[# @LINE - 1]] column: 19 function: read_lines command: ssize_t got = getdelim(&line, &cap, ';', f);
// TEXT-NEXT:     • average kb per call: 0.2344   • total kb: 1.4062   • blocks: 12
// JSON:      probes[0].sites[1].line = [[# @LINE - 3]]
// JSON-NEXT: probes[0].sites[1].column = 19
// JSON-NEXT: probes[0].sites[1].function = "read_lines"
// JSON-NEXT: probes[0].sites[1].source = "ssize_t got = getdelim(&line, &cap, ';', f);"
// JSON-NEXT: probes[0].sites[1].kind = "getdelim"
// JSON-NEXT: probes[0].sites[1].total_bytes = 1440
// JSON-NEXT: probes[0].sites[1].blocks = 12
// JSON-NEXT: probes[0].sites[1].average_bytes = 240.0
// JSON-NEXT: probes[0].sites[1].reclaimed = false
// JSON-NEXT: probes[0].sites[1].samples = [240, 480, 720, 960, 1200, 1440]
// JSON-NOT:  probes[0].sites[2]
// JSON:      jsonl: 1 report(s)
    if (got <= 0)
      break;
    kept[nkept++] = line;
    line = NULL;
  }
  free(line);
  fclose(f);
}
// TEXT-NEXT: razortrace: SUMMARY: 2 growing site(s) in 1 probe(s), 3.5156 kb retained

// OUT: kept 30 buffers, first "alpha", last "two;"
int main(void) {
  for (int i = 0; i < 6; i++)
    read_lines();
  printf("kept %d buffers, first \"%.5s\", last \"%s\"\n", nkept, kept[0], kept[nkept - 1]);
  return 0;
}
