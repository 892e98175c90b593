// With a probe traced, the program's own stdout is byte for byte what a build without the plugin prints.
// RUN: %clang %s -I%include -o %t.plain
// RUN: %clang_razor %s -o %t.razor
// RUN: env TRACE_OUT=1 %run %t.plain > %t.plain.out 2> %t.plain.err
// RUN: env TRACE_OUT=1 %run %t.razor > %t.razor.out 2> %t.razor.err
// RUN: diff %t.plain.out %t.razor.out
// RUN: count 0 < %t.plain.err
// RUN: FileCheck %s --input-file %t.razor.err
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *lines[200];

RAZOR_PROBE("TRACE_OUT") void log_line(int i) {
  char buf[64];
  snprintf(buf, sizeof buf, "line %03d: %s", i, i % 3 ? "fizz" : "buzz");
  lines[i] = strdup(buf);
  printf("%s\n", lines[i]);
}

int main(void) {
  setvbuf(stdout, NULL, _IOFBF, 4096);
  for (int i = 0; i < 200; i++)
    log_line(i);
  fputs("no newline at the end", stdout);
  fwrite("\0binary\x01\n", 1, 9, stdout);
  printf("%zu", strlen(lines[199]));
  return 0;
}
// CHECK: razortrace: probe log_line (trigger TRACE_OUT) in {{.*}} — 200 calls sampled
// CHECK: command: lines[i] = strdup(buf);
