// Wrappers the pass recognises in the same file (xmalloc with a NULL check that aborts, xstrdup copying into xmalloc's block) charge what they allocate to the line that called the outermost one, at -O0 and -O2, with "via" naming the wrapper and the real malloc.
// RUN: %clang_razor -O0 %s -o %t0
// RUN: env TRACE_W=1 %run %t0 2>&1 >/dev/null | FileCheck %s --check-prefix=TEXT
// RUN: env TRACE_W=1 %env_razor_opts=format=json %run %t0 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
// RUN: %clang_razor -O2 %s -o %t2
// RUN: env TRACE_W=1 %run %t2 2>&1 >/dev/null | FileCheck %s --check-prefix=TEXT
// RUN: env TRACE_W=1 %env_razor_opts=format=json %run %t2 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
// razor-report reads "wrapper" back: its text is the runtime's.
// RUN: env TRACE_W=1 %env_razor_opts=format=json %run %t2 2>%t2.jsonl >/dev/null && razor-report text %t2.jsonl | FileCheck %s --check-prefix=TEXT
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *xmalloc(size_t n) {
  void *p = malloc(n); // the real allocation
  if (!p) {
    fprintf(stderr, "out of memory\n");
    abort();
  }
  return p;
}

static char *xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(xmalloc(n), s, n);
}

static char *kept[64];
static int n;

// TEXT:      razortrace: probe work (trigger TRACE_W) in {{.*}}auto-nested.c:[[# @LINE + 1]] — 10 calls sampled
RAZOR_PROBE("TRACE_W") void work(int i) {
  char *t = xmalloc(16);
  free(t);
  kept[n++] = xstrdup("twenty-five bytes kept..");
// TEXT-NEXT: {{.*}}auto-nested.c line: [[# @LINE - 1]] column: 15 function: work command: kept[n++] = xstrdup("twenty-five bytes kept..");
// TEXT-NEXT:     • average kb per call: 0.0244   • total kb: 0.2441   • blocks: 10   • via: wrapper xstrdup, xmalloc {{.*}}auto-nested.c:16{{$}}
// TEXT-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.2441 kb retained
// JSON:      probes[0].sites[0].line = [[# @LINE - 4]]
// JSON-NEXT: probes[0].sites[0].column = 15
// JSON-NEXT: probes[0].sites[0].function = "work"
// JSON-NEXT: probes[0].sites[0].source = "kept[n++] = xstrdup(\"twenty-five bytes kept..\");"
// JSON-NEXT: probes[0].sites[0].kind = "malloc"
// JSON-NEXT: probes[0].sites[0].total_bytes = 250
// JSON:      probes[0].sites[0].via.wrapper = "xstrdup"
// JSON-NEXT: probes[0].sites[0].via.function = "xmalloc"
// JSON-NEXT: probes[0].sites[0].via.file = "{{.*}}auto-nested.c"
// JSON-NEXT: probes[0].sites[0].via.line = 16
// JSON-NOT:  probes[0].sites[1]
}

int main(void) {
  for (int i = 0; i < 10; i++)
    work(i);
  printf("%s\n", kept[0]);
  return 0;
}
