// Wrappers the optimizer inlines (their allocation then carries its wrapper call's record instead of the callsite stores round it) are reported as when kept out of line, at -O0 and -O2: nested ones (xstrdup on xmalloc) name the outer call; one inlined into a hook that an out-of-line wrapper calls through a pointer gives way to that wrapper's call (the outermost wins); one inlined into a callback of code built without the plugin (qsort's comparator) names the callback's line; one whose block a helper that is not a wrapper makes (both inlined) names the helper's malloc as via.
// RUN: %clang_razor -O0 %s -o %t0
// RUN: env TRACE_I=1 %run %t0 2>&1 >/dev/null | FileCheck %s
// RUN: env TRACE_I=1 %env_razor_opts=format=json %run %t0 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
// RUN: %clang_razor -O2 %s -o %t2
// RUN: env TRACE_I=1 %run %t2 2>&1 >/dev/null | FileCheck %s
// RUN: env TRACE_I=1 %env_razor_opts=format=json %run %t2 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
// At -O2 the allocations of the four inlined wrapper calls (xmalloc(16) and its free are removed as without the plugin, but on LLVM 14: five) go with their wrapper call's record, refill's too.
// RUN: %clang_razor -O2 -c -o /dev/null -mllvm -stats %s 2>&1 | FileCheck %s --check-prefix=STATS
// STATS: {{[45]}} razortrace {{ *}}- Allocation calls of inlined wrappers given their wrapper call's record
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

/* A hook a library's wrapper calls through a pointer: not a wrapper (it
 * keeps the block in a global), its xmalloc inlined at -O2. */
static void *last;
static void *hook_alloc(size_t n) {
  void *p = xmalloc(n);
  last = p;
  return p;
}
void *(*hook)(size_t) = hook_alloc;

__attribute__((noinline)) RAZOR_ALLOC void *lib_alloc(size_t n) {
  return hook(n);
}

/* A wrapper whose block a helper makes that is not a wrapper (it keeps
 * the block too), both inlined at -O2. */
static void *pool_last;
static void *refill(size_t n) {
  void *p = malloc(n);
  pool_last = p;
  return p;
}
RAZOR_ALLOC static void *pool_get(size_t n) { return refill(n); }

/* qsort (libc: built without the plugin) calls it once per pair. */
static char *names[32];
static int nnames;
static int by_length(const void *a, const void *b) {
  names[nnames++] = xstrdup("sixteen bytes..");
  return (int)(strlen(*(char *const *)a) - strlen(*(char *const *)b));
}

static char *kept[16];
static void *held[16];
static void *pooled[16];
static int n;

// CHECK:      razortrace: probe work (trigger TRACE_I) in {{.*}}inlined.c:[[# @LINE + 1]] — 10 calls sampled
RAZOR_PROBE("TRACE_I") void work(int i) {
  char *t = xmalloc(16);
  free(t);
  kept[n] = xstrdup("twenty-five bytes kept..");
  held[n++] = lib_alloc(40);
  pooled[n] = pool_get(48);
  char *pair[2] = {"abc", "de"};
  qsort(pair, 2, sizeof *pair, by_length);
}
// CHECK-NEXT: {{.*}}inlined.c line: [[# @LINE - 4]] column: 15 function: work command: pooled[n] = pool_get(48);
// CHECK-NEXT:     • average kb per call: 0.0469   • total kb: 0.4688   • blocks: 10   • via: wrapper pool_get, refill {{.*}}inlined.c:48{{$}}
// CHECK-NEXT: {{.*}}inlined.c line: [[# @LINE - 7]] column: 15 function: work command: held[n++] = lib_alloc(40);
// CHECK-NEXT:     • average kb per call: 0.0391   • total kb: 0.3906   • blocks: 10   • via: wrapper lib_alloc, xmalloc {{.*}}inlined.c:17{{$}}
// CHECK-NEXT: {{.*}}inlined.c line: [[# @LINE - 10]] column: 13 function: work command: kept[n] = xstrdup("twenty-five bytes kept..");
// CHECK-NEXT:     • average kb per call: 0.0244   • total kb: 0.2441   • blocks: 10   • via: wrapper xstrdup, xmalloc {{.*}}inlined.c:17{{$}}
// CHECK-NEXT: {{.*}}inlined.c line: 58 column: 21 function: by_length command: names[nnames++] = xstrdup("sixteen bytes..");
// CHECK-NEXT:     • average kb per call: 0.0156   • total kb: 0.1562   • blocks: 10   • via: wrapper xstrdup, xmalloc {{.*}}inlined.c:17{{$}}
// CHECK-NEXT: razortrace: SUMMARY: 4 growing site(s) in 1 probe(s), 1.2598 kb retained
// JSON:      probes[0].sites[0].line = 73
// JSON-NEXT: probes[0].sites[0].column = 15
// JSON-NEXT: probes[0].sites[0].function = "work"
// JSON-NEXT: probes[0].sites[0].source = "pooled[n] = pool_get(48);"
// JSON-NEXT: probes[0].sites[0].kind = "malloc"
// JSON-NEXT: probes[0].sites[0].total_bytes = 480
// JSON:      probes[0].sites[0].via.wrapper = "pool_get"
// JSON-NEXT: probes[0].sites[0].via.function = "refill"
// JSON-NEXT: probes[0].sites[0].via.file = "{{.*}}inlined.c"
// JSON-NEXT: probes[0].sites[0].via.line = 48
// JSON:      probes[0].sites[1].line = 72
// JSON-NEXT: probes[0].sites[1].column = 15
// JSON-NEXT: probes[0].sites[1].function = "work"
// JSON-NEXT: probes[0].sites[1].source = "held[n++] = lib_alloc(40);"
// JSON-NEXT: probes[0].sites[1].kind = "malloc"
// JSON-NEXT: probes[0].sites[1].total_bytes = 400
// JSON:      probes[0].sites[1].via.wrapper = "lib_alloc"
// JSON-NEXT: probes[0].sites[1].via.function = "xmalloc"
// JSON-NEXT: probes[0].sites[1].via.file = "{{.*}}inlined.c"
// JSON-NEXT: probes[0].sites[1].via.line = 17
// JSON:      probes[0].sites[2].line = 71
// JSON-NEXT: probes[0].sites[2].column = 13
// JSON-NEXT: probes[0].sites[2].function = "work"
// JSON-NEXT: probes[0].sites[2].source = "kept[n] = xstrdup(\"twenty-five bytes kept..\");"
// JSON-NEXT: probes[0].sites[2].kind = "malloc"
// JSON-NEXT: probes[0].sites[2].total_bytes = 250
// JSON:      probes[0].sites[2].via.wrapper = "xstrdup"
// JSON-NEXT: probes[0].sites[2].via.function = "xmalloc"
// JSON-NEXT: probes[0].sites[2].via.file = "{{.*}}inlined.c"
// JSON-NEXT: probes[0].sites[2].via.line = 17
// JSON:      probes[0].sites[3].line = 58
// JSON-NEXT: probes[0].sites[3].column = 21
// JSON-NEXT: probes[0].sites[3].function = "by_length"
// JSON:      probes[0].sites[3].total_bytes = 160
// JSON:      probes[0].sites[3].via.wrapper = "xstrdup"
// JSON-NEXT: probes[0].sites[3].via.function = "xmalloc"
// JSON-NOT:  probes[0].sites[4]

int main(void) {
  for (int i = 0; i < 10; i++)
    work(i);
  printf("%s %s %p\n", kept[0], names[0], held[0]);
  return 0;
}
