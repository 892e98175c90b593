// With optimisation glibc's getline is an inline wrapper around __getdelim (bits/stdio.h): the kept line buffers are still reported as getline, exactly, and the stream's buffer is not counted.
// RUN: %clang_razor -O2 %s -o %t
// RUN: env TRACE_INLINE=1 %env_razor_opts=format=json %run %t %S/Inputs/lines.txt 2>&1 | %jsonl | FileCheck %s
#define _GNU_SOURCE
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static char *kept[64];
static int nkept;

RAZOR_PROBE("TRACE_INLINE,min_calls=6") void read_one(FILE *f) {
  char *line = NULL;
  size_t cap = 0;
  if (getline(&line, &cap, f) > 0) // getline-line
    kept[nkept++] = line;
  else
    free(line);
}

int main(int argc, char **argv) {
  FILE *f = fopen(argv[1], "r");
  for (int i = 0; i < 6; i++)
    read_one(f);
  fclose(f);
  return 0;
}
// CHECK: report 0: probes[0].calls = 6
// CHECK-NEXT: report 0: probes[0].sites[0].file = "{{.*}}getline-inline.c"
// CHECK-NEXT: report 0: probes[0].sites[0].line = 15
// CHECK: report 0: probes[0].sites[0].kind = "getline"
// CHECK: report 0: probes[0].sites[0].blocks = 6
// CHECK-NOT: probes[0].sites[1]
