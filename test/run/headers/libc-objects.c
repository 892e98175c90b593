// What libc allocates inside a sampled probe and hands to the program (a getline buffer grown across calls, inside and outside the probe; asprintf strings; FILEs from fopen and fmemopen; DIRs from opendir; open_memstream's buffer; realpath(NULL); strdup called by code built without the plugin) is used, grown and released by libc and by plain code without a crash, and counts exactly: the getline buffer at its capacity, strings by their bytes, streams by how many are open; the program prints what its plain build prints.
// RUN: %clang -c %S/Inputs/plain-ops.c -o %t.ops.o
// RUN: %clang_razor %s %t.ops.o -o %t
// RUN: %clang -I%include %s %t.ops.o -o %t.plain
// RUN: %run %t.plain %s > %t.plain.out
// RUN: env TRACE_LIBC=1 %env_razor_opts=format=json %run %t %s > %t.out 2> %t.err
// RUN: diff %t.plain.out %t.out
// RUN: %jsonl < %t.err > %t.json
// RUN: cat %t.out %t.json | FileCheck %s
#define _GNU_SOURCE
#include <dirent.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "Inputs/plain-ops.h"

#define CALLS 6
static char *buf;
static size_t cap;
static char *strs[CALLS], *dups[CALLS];
static FILE *kept_files[CALLS], *passed_files[CALLS];
static DIR *dirs[CALLS];
static char line[8000];

/* The first line of a stream over LEN 'x's and a newline, into buf. */
static ssize_t read_line(size_t len) {
  memset(line, 'x', len);
  line[len] = '\n';
  FILE *f = fmemopen(line, len + 1, "r");
  ssize_t got = getline(&buf, &cap, f);
  fclose(f);
  return got;
}

/* getline grows the buffer inside calls 1 and 2, outside any probe after
 * call 3 (for 5000) and inside call 5: it keeps growing after the middle
 * call, and not only at the last one (which alone would not be growth). */
static const size_t lens[CALLS] = {50, 200, 130, 700, 6000, 7000};

/* min_calls=6: the six calls are judged (the figures are the point). */
RAZOR_PROBE("TRACE_LIBC,min_calls=6") void step(int i, const char *path) {
  if (read_line(lens[i]) != (ssize_t)lens[i] + 1)
    printf("call %d: short line\n", i);
  asprintf(&strs[i], "step-%d-%s", i, "xxxxxxxxxx");
  dirs[i] = opendir(".");
  if (i % 2 == 0)
    kept_files[i] = fopen(path, "r");
  else
    passed_files[i] = fopen(path, "r");
  dups[i] = plain_strdup("plain-strdup");
  char *real = realpath(".", NULL);
  free(real);
  char *ms = NULL;
  size_t mslen = 0;
  FILE *m = open_memstream(&ms, &mslen);
  for (int k = 0; k < 50; k++)
    fprintf(m, "%d-%s;", k, strs[i]);
  fclose(m);
  /* 50 times the 17 characters and 2 more, the numbers 10 to 49 1 more */
  if (mslen != 1040 || strlen(ms) != 1040)
    printf("call %d: memstream has %zu bytes\n", i, mslen);
  free(ms);
}

int main(int argc, char **argv) {
  for (int i = 0; i < CALLS; i++) {
    step(i, argv[1]);
    /* capacity after the call, as the sample sees it */
    printf("capacity after call %d: %zu\n", i + 1, cap);
    if (i == 2) { /* grown outside any probe, by instrumented code */
      read_line(5000);
      printf("capacity grown outside: %zu\n", cap);
    }
    if (i % 2)
      plain_free(strs[i]); /* odd calls' strings go */
    if (i % 2)
      plain_closedir(dirs[i]);
    else
      closedir(dirs[i]);
    if (passed_files[i])
      plain_fclose(passed_files[i]);
  }
  printf("strings %s .. %s, %s, first line starts %.3s\n", strs[0], strs[4],
         dups[5], buf);
  return 0;
}
// CHECK: capacity after call 1: [[#C1:]]
// CHECK: capacity after call 2: [[#C2:]]
// CHECK: capacity after call 3: [[#C3:]]
// CHECK: capacity grown outside: [[#C3G:]]
// CHECK: capacity after call 4: [[#C4:]]
// CHECK: capacity after call 5: [[#C5:]]
// CHECK: capacity after call 6: [[#C6:]]
// CHECK: strings step-0-xxxxxxxxxx .. step-4-xxxxxxxxxx, plain-strdup, first line starts xxx

// CHECK:      report 0: probes[0].calls = 6
// The getline buffer: one block, at the capacity getline gave it.  Sample 3
// is taken when call 4 begins: with the growth outside any probe.
// CHECK:      report 0: probes[0].sites[0].source = "ssize_t got = getline(&buf, &cap, f);"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "getline"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = [[#C6]]
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 1
// CHECK:      report 0: probes[0].sites[0].samples = {{\[}}[[#C1]], [[#C2]], [[#C3G]], [[#C4]], [[#C5]], [[#C6]]]
// plain code's strdup, 13 bytes a call, charged to the call into it.
// CHECK:      report 0: probes[0].sites[1].source = "dups[i] = plain_strdup(\"plain-strdup\");"
// CHECK-NEXT: report 0: probes[0].sites[1].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[1].total_bytes = 78
// CHECK-NEXT: report 0: probes[0].sites[1].blocks = 6
// CHECK:      report 0: probes[0].sites[1].samples = [13, 26, 39, 52, 65, 78]
// asprintf: 18 bytes a call; the odd calls' strings are freed after them,
// before the next call begins (the last call's after the last sample).
// CHECK:      report 0: probes[0].sites[2].source = "asprintf(&strs[i], \"step-%d-%s\", i, \"xxxxxxxxxx\");"
// CHECK-NEXT: report 0: probes[0].sites[2].kind = "asprintf"
// CHECK-NEXT: report 0: probes[0].sites[2].total_bytes = 72
// CHECK-NEXT: report 0: probes[0].sites[2].blocks = 4
// CHECK:      report 0: probes[0].sites[2].samples = [18, 18, 36, 36, 54, 72]
// The even calls' FILEs stay open.
// CHECK:      report 0: probes[0].sites[3].source = "kept_files[i] = fopen(path, \"r\");"
// CHECK-NEXT: report 0: probes[0].sites[3].kind = "fopen"
// CHECK:      report 0: probes[0].sites[3].blocks = 3
// CHECK-NEXT: report 0: probes[0].sites[3].open = 3
// CHECK:      report 0: probes[0].sites[3].samples = [1, 1, 2, 2, 3, 3]
// CHECK-NOT:  sites[4]
// CHECK:      jsonl: 1 report(s)
