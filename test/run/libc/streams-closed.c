// FILE and DIR streams closed in the same call (fopen+fclose after reading with fgets and getline, popen+pclose, opendir+closedir) leave no finding.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_STREAMS=1 %run %t %s %S 2>%t.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s < %t.err
// RUN: env TRACE_STREAMS=1 %env_razor_opts=format=json %run %t %s %S 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
#define _GNU_SOURCE
#include <dirent.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t bytes, entries;

RAZOR_PROBE("TRACE_STREAMS") void use_streams(const char *path, const char *dir) {
  FILE *f = fopen(path, "r");
  char buf[256];
  if (fgets(buf, sizeof buf, f))
    bytes += strlen(buf);
  char *line = NULL;
  size_t cap = 0;
  if (getline(&line, &cap, f) > 0)
    bytes += strlen(line);
  free(line);
#ifndef KEEP
  fclose(f);
#endif

  FILE *p = popen("echo hello", "r");
  if (fgets(buf, sizeof buf, p))
    bytes += strlen(buf);
#ifndef KEEP
  pclose(p);
#endif

  DIR *d = opendir(dir);
  while (readdir(d))
    entries++;
#ifndef KEEP
  closedir(d);
#endif
}

int main(int argc, char **argv) {
  if (argc != 3)
    return 2;
  for (int i = 0; i < 5; i++)
    use_streams(argv[1], argv[2]);
  printf("read %s, listed %s\n", bytes ? "some bytes" : "nothing", entries ? "entries" : "nothing");
  return 0;
}
// OUT: read some bytes, listed entries
// CHECK-NOT: line:
// CHECK: razortrace: no verdict: too few calls (1 probe(s), 5 call(s) sampled)
// CHECK-NOT: line:
// JSON:      report 0: probes[0].calls = 5
// JSON-NOT:  sites[
// JSON:      jsonl: 1 report(s)

// The same program without the closes (-DKEEP) is reported at fopen, popen
// and opendir: the verdict above is not for want of tracking.
// RUN: %clang_razor -DKEEP %s -o %t.keep
// RUN: env TRACE_STREAMS=1 %env_razor_opts=min_calls=2 %run %t.keep %s %S 2>&1 >/dev/null | FileCheck %s --check-prefix=KEEP
// KEEP: razortrace: probe use_streams (trigger TRACE_STREAMS) in {{.*}}streams-closed.c:15 — 5 calls sampled
// KEEP-NEXT: {{.*}}streams-closed.c line: 16 column: 13 function: use_streams command: FILE *f = fopen(path, "r");
// KEEP-NEXT: • average open per call: 1.0000   • open: 5
// KEEP-NEXT: {{.*}}streams-closed.c line: 29 column: 13 function: use_streams command: FILE *p = popen("echo hello", "r");
// KEEP-NEXT: • average open per call: 1.0000   • open: 5
// KEEP-NEXT: {{.*}}streams-closed.c line: 36 column: 12 function: use_streams command: DIR *d = opendir(dir);
// KEEP-NEXT: • average open per call: 1.0000   • open: 5
// KEEP-NEXT: razortrace: SUMMARY: 3 growing site(s) in 1 probe(s), 0.0000 kb retained
