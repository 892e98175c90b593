// Strings that asprintf, vasprintf and realpath(path, NULL) allocate and the probe frees leave no finding; realpath into the caller's buffer allocates nothing.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_STR=1 %run %t %s 2>%t.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s < %t.err
// RUN: env TRACE_STR=1 %env_razor_opts=format=json %run %t %s 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
#define _GNU_SOURCE
#include <limits.h>
#include <razortrace.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t total;

static int format(char **out, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vasprintf(out, fmt, ap);
  va_end(ap);
  return r;
}

/* -DKEEP: the same program without the probe's frees. */
#ifdef KEEP
#define free(p) (void)(p)
#endif

RAZOR_PROBE("TRACE_STR") void name_things(const char *path, int call) {
  char *name;
  if (asprintf(&name, "item-%d", call) >= 0) {
    total += strlen(name);
    free(name);
  }
  if (format(&name, "%s/%d", "dir", call) >= 0) {
    total += strlen(name);
    free(name);
  }
  char *real = realpath(path, NULL);
  if (real) {
    total += real[0] == '/';
    free(real);
  }
  char buf[PATH_MAX];
  if (realpath(path, buf))
    total += buf[0] == '/';
}

int main(int argc, char **argv) {
  if (argc != 2)
    return 2;
  for (int i = 0; i < 5; i++)
    name_things(argv[1], i);
  printf("total %zu\n", total);
  return 0;
}
// 5 x ("item-N" 6 + "dir/N" 5 + 2 absolute paths) = 65
// OUT: total 65
// CHECK-NOT: line:
// CHECK: razortrace: no verdict: too few calls (1 probe(s), 5 call(s) sampled)
// CHECK-NOT: line:
// JSON:      report 0: probes[0].calls = 5
// JSON-NOT:  sites[
// JSON:      jsonl: 1 report(s)

// The same program without the frees (-DKEEP, run on "/" so that realpath's
// string has a known size) is reported at all three calls: the verdict above
// is not for want of tracking.
// RUN: %clang_razor -DKEEP %s -o %t.keep
// RUN: env TRACE_STR=1 %env_razor_opts=min_calls=2 %run %t.keep / 2>&1 >/dev/null | FileCheck %s --check-prefix=KEEP
// KEEP: razortrace: probe name_things (trigger TRACE_STR) in {{.*}}asprintf-realpath-freed.c:29 — 5 calls sampled
// KEEP-NEXT: {{.*}}asprintf-realpath-freed.c line: 31 column: 7 function: name_things command: if (asprintf(&name, "item-%d", call) >= 0) {
// KEEP-NEXT: • average kb per call: 0.0068   • total kb: 0.0342   • blocks: 5
// KEEP-NEXT: {{.*}}asprintf-realpath-freed.c line: 19 column: 11 function: format command: int r = vasprintf(out, fmt, ap);
// KEEP-NEXT: • average kb per call: 0.0059   • total kb: 0.0293   • blocks: 5
// KEEP-NEXT: {{.*}}asprintf-realpath-freed.c line: 39 column: 16 function: name_things command: char *real = realpath(path, NULL);
// KEEP-NEXT: • average kb per call: 0.0020   • total kb: 0.0098   • blocks: 5
// KEEP-NEXT: razortrace: SUMMARY: 3 growing site(s) in 1 probe(s), 0.0732 kb retained
