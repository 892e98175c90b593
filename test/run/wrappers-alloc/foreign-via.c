// A block that code built without the plugin allocates during an allocation wrapper's call names, as "via", where it came from, not the wrapper a second time: the library function a wrapper of this file called (plain_dup), directly or from a hook it reaches through a pointer; for a wrapper that is itself the library's (plain_xmalloc, called from a callback the library makes), the allocation function, not the library call the callback runs in.  At -O0 and -O2, text and JSON.
// RUN: %clang -O2 -fPIC -shared %S/Inputs/plain-lib.c -o %t-libplain.so
// RUN: %clang_razor -O0 %s %t-libplain.so -o %t0
// RUN: env TRACE_V=1 %run %t0 2>&1 >/dev/null | FileCheck %s
// RUN: env TRACE_V=1 %env_razor_opts=format=json %run %t0 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
// RUN: %clang_razor -O2 %s %t-libplain.so -o %t2
// RUN: env TRACE_V=1 %run %t2 2>&1 >/dev/null | FileCheck %s
// RUN: env TRACE_V=1 %env_razor_opts=format=json %run %t2 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

char *plain_dup(const char *s);
RAZOR_ALLOC void *plain_xmalloc(size_t n);
void plain_each(int n, void (*cb)(int));

RAZOR_ALLOC char *xdup(const char *s) {
  char *p = plain_dup(s);
  if (!p)
    abort();
  return p;
}

/* The hook: not a wrapper (it counts), reached through a pointer. */
static int made;
static char *default_dup(const char *s) {
  made++;
  return plain_dup(s);
}
char *(*dup_hook)(const char *) = default_dup;
RAZOR_ALLOC char *hooked_dup(const char *s) { return dup_hook(s); }

static void *kept[64];
static int n;

static void each(int i) { kept[n++] = plain_xmalloc(40 + i); }

// CHECK:      razortrace: probe work (trigger TRACE_V) in {{.*}}foreign-via.c:[[# @LINE + 1]] — 10 calls sampled
RAZOR_PROBE("TRACE_V") void work(void) {
  kept[n++] = xdup("twenty-five bytes kept..");
  kept[n++] = hooked_dup("seventeen bytes.");
  plain_each(1, each);
}
// CHECK-NEXT: {{.*}}foreign-via.c line: [[# @LINE - 8]] column: 39 function: each command: static void each(int i) { kept[n++] = plain_xmalloc(40 + i); }
// CHECK-NEXT:     • average kb per call: 0.0391   • total kb: 0.3906   • blocks: 10   • via: wrapper plain_xmalloc, malloc{{$}}
// CHECK-NEXT: {{.*}}foreign-via.c line: [[# @LINE - 6]] column: 15 function: work command: kept[n++] = xdup("twenty-five bytes kept..");
// CHECK-NEXT:     • average kb per call: 0.0244   • total kb: 0.2441   • blocks: 10   • via: wrapper xdup, plain_dup{{$}}
// CHECK-NEXT: {{.*}}foreign-via.c line: [[# @LINE - 7]] column: 15 function: work command: kept[n++] = hooked_dup("seventeen bytes.");
// CHECK-NEXT:     • average kb per call: 0.0166   • total kb: 0.1660   • blocks: 10   • via: wrapper hooked_dup, plain_dup{{$}}
// CHECK-NEXT: razortrace: SUMMARY: 3 growing site(s) in 1 probe(s), 0.8008 kb retained
// JSON:      probes[0].sites[0].function = "each"
// JSON:      probes[0].sites[0].via.wrapper = "plain_xmalloc"
// JSON-NEXT: probes[0].sites[0].via.function = "malloc"
// JSON:      probes[0].sites[1].function = "work"
// JSON:      probes[0].sites[1].via.wrapper = "xdup"
// JSON-NEXT: probes[0].sites[1].via.function = "plain_dup"
// JSON:      probes[0].sites[2].function = "work"
// JSON:      probes[0].sites[2].via.wrapper = "hooked_dup"
// JSON-NEXT: probes[0].sites[2].via.function = "plain_dup"
// JSON-NOT:  probes[0].sites[3]

int main(void) {
  for (int i = 0; i < 10; i++)
    work();
  printf("%p %d\n", kept[0], made);
  return 0;
}
