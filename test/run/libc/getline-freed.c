// getline and getdelim buffers that the probe frees (libc allocated them, the user's free releases them) leave no finding.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_LINES=1 %run %t 2>%t.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s < %t.err
// RUN: env TRACE_LINES=1 %env_razor_opts=format=json %run %t 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
#define _GNU_SOURCE
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char text[] = "alpha\nbeta\ngamma\n";
static const char fields[] = "one;two;";
static size_t total;

/* -DKEEP: the same program without the probe's frees. */
#ifdef KEEP
#define free(p) (void)(p)
#endif

RAZOR_PROBE("TRACE_LINES") void read_lines(void) {
  FILE *f = fmemopen((void *)text, strlen(text), "r");
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  while ((got = getline(&line, &cap, f)) > 0) {
    total += (size_t)got;
    free(line); /* each line's buffer given back ... */
    line = NULL; /* ... so the next getline allocates a new one */
  }
  free(line);
  fclose(f);

  f = fmemopen((void *)fields, strlen(fields), "r");
  line = NULL;
  cap = 0;
  while ((got = getdelim(&line, &cap, ';', f)) > 0) {
    total += (size_t)got;
    free(line);
    line = NULL;
  }
  free(line);
  fclose(f);
}

int main(void) {
  for (int i = 0; i < 6; i++)
    read_lines();
  printf("read %zu bytes\n", total);
  return 0;
}
// OUT: read 150 bytes
// CHECK-NOT: line:
// CHECK: razortrace: no verdict: too few calls (1 probe(s), 6 call(s) sampled)
// CHECK-NOT: line:
// JSON:      report 0: probes[0].calls = 6
// JSON-NOT:  sites[
// JSON:      jsonl: 1 report(s)

// The same program without the frees (-DKEEP) is reported at getline and
// getdelim: the verdict above is not for want of tracking.
// RUN: %clang_razor -DKEEP %s -o %t.keep
// RUN: env TRACE_LINES=1 %env_razor_opts=min_calls=2 %run %t.keep 2>&1 >/dev/null | FileCheck %s --check-prefix=KEEP
// KEEP: razortrace: probe read_lines (trigger TRACE_LINES) in {{.*}}getline-freed.c:21 — 6 calls sampled
// KEEP-NEXT: {{.*}}getline-freed.c line: 26 column: 17 function: read_lines command: while ((got = getline(&line, &cap, f)) > 0) {
// KEEP-NEXT: • average kb per call: 0.4688   • total kb: 2.8125   • blocks: 24
// KEEP-NEXT: {{.*}}getline-freed.c line: 37 column: 17 function: read_lines command: while ((got = getdelim(&line, &cap, ';', f)) > 0) {
// KEEP-NEXT: • average kb per call: 0.3516   • total kb: 2.1094   • blocks: 18
// KEEP-NEXT: razortrace: SUMMARY: 2 growing site(s) in 1 probe(s), 4.9219 kb retained
