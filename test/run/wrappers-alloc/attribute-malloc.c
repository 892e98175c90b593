// A GLib-style wrapper declared with __attribute__((malloc, alloc_size(1))) in the user's header is a wrapper with no option, even when its body does more than a wrapper by shape (it counts into a statistics table through a function of the unit); -fplugin-arg-razortrace-no-auto-alloc does not turn that off.
// RUN: %clang_razor -O0 %s -o %t0 && env TRACE_A=1 %run %t0 2>&1 | FileCheck %s
// RUN: %clang_razor -O2 -fplugin-arg-razortrace-no-auto-alloc %s -o %t2 && env TRACE_A=1 %run %t2 2>&1 | FileCheck %s
// Without the attribute, the malloc line inside.
// RUN: %clang_razor -O2 -DNO_ATTRIBUTE %s -o %tn && env TRACE_A=1 %run %tn 2>&1 | FileCheck %s --check-prefix=PLAIN
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

#ifdef NO_ATTRIBUTE
#define G_MALLOC_ATTRS
#else
#define G_MALLOC_ATTRS __attribute__((malloc, alloc_size(1)))
#endif

void *my_malloc(size_t n) G_MALLOC_ATTRS;

static size_t stats[16];
static void *stats_note(size_t n, void *p) {
  stats[n % 16]++;
  return p;
}

void *my_malloc(size_t n) {
  void *p = malloc(n);
  // PLAIN: attribute-malloc.c line: [[# @LINE - 1]] column: 13 function: my_malloc command: void *p = malloc(n);
  if (!p)
    abort();
  return stats_note(n, p);
}

static char *kept[32];
static int count;

// CHECK: razortrace: probe request (trigger TRACE_A) in {{.*}}attribute-malloc.c:[[# @LINE + 1]] — 10 calls sampled
RAZOR_PROBE("TRACE_A") void request(int i) {
  char *buf = my_malloc(40);
  // CHECK-NEXT: attribute-malloc.c line: [[# @LINE - 1]] column: 15 function: request command: char *buf = my_malloc(40);
  // CHECK-NEXT: • average kb per call: 0.0391   • total kb: 0.3906   • blocks: 10   • via: wrapper my_malloc, my_malloc {{.*}}attribute-malloc.c:25{{$}}
  memset(buf, i, 40);
  kept[count++] = buf;
}

int main(void) {
  for (int i = 0; i < 10; i++)
    request(i);
  return 0;
}
