// The JSON report of the original's example carries every key of the contract with exact values: kind, blocks, total_bytes, average_bytes = total/calls, reclaimed, growing samples, and the probe's verdict "growing" after its sites.
// RUN: %clang_razor -g %s -o %t
// RUN: env TRACE_TEXT=1 %env_razor_opts=format=json %run %t %S/Inputs/lines.txt 2>&1 | %jsonl | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <string.h>

static char *lines[1000];
static int n;

// CHECK:      report 0: razortrace = 1
// CHECK-NEXT: report 0: pid = {{[1-9][0-9]*$}}
// CHECK-NEXT: report 0: probes[0].function = "text"
// CHECK-NEXT: report 0: probes[0].trigger = "TRACE_TEXT"
// CHECK-NEXT: report 0: probes[0].file = "{{.*}}/json-report.c"
// CHECK-NEXT: report 0: probes[0].line = [[# @LINE + 1]]
RAZOR_PROBE("TRACE_TEXT") void text(const char *path) {
  FILE *f = fopen(path, "r");
  char buf[128];
  while (fgets(buf, sizeof buf, f))
    lines[n++] = strdup(buf);
// CHECK-NEXT: report 0: probes[0].calls = 8
// CHECK-NEXT: report 0: probes[0].sites[0].file = "{{.*}}/json-report.c"
// CHECK-NEXT: report 0: probes[0].sites[0].line = [[# @LINE - 3]]
// CHECK-NEXT: report 0: probes[0].sites[0].column = 18
// CHECK-NEXT: report 0: probes[0].sites[0].function = "text"
// CHECK-NEXT: report 0: probes[0].sites[0].source = "lines[n++] = strdup(buf);"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "strdup"
// Three lines of 5, 7 and 4 bytes with their NULs: 16 bytes and 3 blocks a call.
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 128
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 24
// CHECK-NEXT: report 0: probes[0].sites[0].average_bytes = 16.0
// CHECK-NEXT: report 0: probes[0].sites[0].reclaimed = false
// CHECK-NEXT: report 0: probes[0].sites[0].samples = [16, 32, 48, 64, 80, 96, 112, 128]
// CHECK:      report 0: probes[0].verdict = "growing"
// CHECK-NEXT: jsonl: 1 report(s)
  fclose(f);
}

int main(int argc, char **argv) {
  for (int i = 0; i < 8; i++)
    text(argv[1]);
  return argc != 2;
}
