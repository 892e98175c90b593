// The original's example in C: a probe that keeps every line of a file in a global array is reported at its strdup, with file, line, column, function and source text.
// RUN: %clang_razor -g %s -o %t
// RUN: env TRACE_TEXT=1 %run %t %S/Inputs/lines.txt 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <string.h>

static char *lines[1000];
static int n;

RAZOR_PROBE("TRACE_TEXT") void text(const char *path) {
// CHECK: razortrace: probe text (trigger TRACE_TEXT) in {{.*}}/text-report.c:[[# @LINE - 1]] — 10 calls sampled
  FILE *f = fopen(path, "r");
  char buf[128];
  while (fgets(buf, sizeof buf, f))
    lines[n++] = strdup(buf);
// CHECK-NEXT: {{.*}}/text-report.c line: [[# @LINE - 1]] column: 18 function: text command: lines[n++] = strdup(buf);
// Three lines of 5, 7 and 4 bytes with their NULs: 16 bytes a call.
// CHECK-NEXT:     • average kb per call: 0.0156   • total kb: 0.1562   • blocks: 30
  fclose(f);
}

int main(int argc, char **argv) {
  for (int i = 0; i < 10; i++)
    text(argv[1]);
  return argc != 2;
}
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.1562 kb retained
// CHECK-NOT: {{.}}
