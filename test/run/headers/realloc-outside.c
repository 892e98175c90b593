// Blocks a probe allocated and that are resized or released after the call returned (by code built without the plugin, by instrumented code outside any probe, by another thread, with the probe's trigger unset in between) keep their site and count exactly: realloc and reallocarray change a block's bytes, realloc to 0 and free take it off, wherever they happen; with the shared and the static runtime.
// RUN: %clang -c %S/Inputs/plain-ops.c -o %t.ops.o
// RUN: %clang_razor -pthread %s %t.ops.o -o %t
// RUN: env TRACE_OUT=1 %env_razor_opts=format=json %run %t > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: %jsonl < %t.err | FileCheck %s
// RUN: %clang_razor_static -pthread %s %t.ops.o %razor_static_lib -o %t.static
// RUN: env TRACE_OUT=1 %env_razor_opts=format=json %run %t.static > %t.static.out 2> %t.static.err
// RUN: FileCheck %s --check-prefix=OUT < %t.static.out
// RUN: %jsonl < %t.static.err | FileCheck %s
#include <pthread.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "Inputs/plain-ops.h"

#define CALLS 8
static char *a[CALLS], *b[CALLS], *c[CALLS], *d[CALLS], *e[CALLS], *g;

/* debug: every site that retains anything is listed, growing or not.
 * min_calls=6: the six sampled calls are judged (the figures are the
 * point). */
RAZOR_PROBE("TRACE_OUT,debug,min_calls=6") void make(int i) {
  a[i] = malloc(100);
  b[i] = malloc(64);
  c[i] = strdup("0123456789");
  d[i] = calloc(4, 8);
  e[i] = malloc(48);
  g = realloc(g, 16 * (i + 1));
}

static void *other_thread(void *arg) {
  int i = (int)(long)arg;
  free(b[i]);
  c[i] = realloc(c[i], 50);
  return NULL;
}

/* What happens to call I's blocks after it returned. */
static void after(int i) {
  pthread_t t;
  a[i] = plain_realloc(a[i], 300);
  d[i] = plain_reallocarray(d[i], 2, 32);
  e[i] = plain_realloc(e[i], 0);
  pthread_create(&t, NULL, other_thread, (void *)(long)i);
  pthread_join(t, NULL);
}

int main(void) {
  for (int i = 0; i < CALLS; i++) {
    make(i);
    /* Calls 3 and 4 are not sampled; call 2's blocks change while the
     * trigger is off, and g grows twice outside any sample. */
    if (i == 2)
      unsetenv("TRACE_OUT");
    if (i == 4)
      setenv("TRACE_OUT", "1", 1);
    after(i);
  }
  printf("%s %s %s\n", a[0] ? "a" : "-", c[0], d[0] ? "d" : "-");
  return 0;
}
// OUT: a 0123456789 d
// Six sampled calls (0, 1, 2, 5, 6, 7); each sample is taken when the next
// sampled call begins: it counts the call's blocks and the earlier ones as
// they were changed after them; the last is taken when the last call
// returns, before after(7).
// CHECK:      report 0: probes[0].calls = 6
// a: 100 at first, 300 after (plain code's realloc).
// CHECK:      report 0: probes[0].sites[0].source = "a[i] = malloc(100);"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 1600
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 6
// CHECK:      report 0: probes[0].sites[0].samples = [300, 600, 900, 1200, 1500, 1600]
// d: 32 at first, 64 after (plain code's reallocarray).
// CHECK:      report 0: probes[0].sites[1].source = "d[i] = calloc(4, 8);"
// CHECK-NEXT: report 0: probes[0].sites[1].kind = "calloc"
// CHECK-NEXT: report 0: probes[0].sites[1].total_bytes = 352
// CHECK-NEXT: report 0: probes[0].sites[1].blocks = 6
// CHECK:      report 0: probes[0].sites[1].samples = [64, 128, 192, 256, 320, 352]
// c: 11 at first, 50 after (another thread's realloc, instrumented code).
// CHECK:      report 0: probes[0].sites[2].source = "c[i] = strdup(\"0123456789\");"
// CHECK-NEXT: report 0: probes[0].sites[2].kind = "strdup"
// CHECK-NEXT: report 0: probes[0].sites[2].total_bytes = 261
// CHECK-NEXT: report 0: probes[0].sites[2].blocks = 6
// CHECK:      report 0: probes[0].sites[2].samples = [50, 100, 150, 200, 250, 261]
// g: one block, 16 * (i + 1) bytes after call i, whoever grew it: 80 when
// sampled call 4 (i = 5) begins, after the unsampled calls grew it.
// CHECK:      report 0: probes[0].sites[3].source = "g = realloc(g, 16 * (i + 1));"
// CHECK-NEXT: report 0: probes[0].sites[3].kind = "realloc"
// CHECK-NEXT: report 0: probes[0].sites[3].total_bytes = 128
// CHECK-NEXT: report 0: probes[0].sites[3].blocks = 1
// CHECK:      report 0: probes[0].sites[3].samples = [16, 32, 80, 96, 112, 128]
// b (freed by another thread) and e (realloc to 0) hold only the last call's,
// and only in the last sample: growth seen only at the last call, no finding.
// CHECK:      report 0: probes[0].sites[4].source = "b[i] = malloc(64);"
// CHECK-NEXT: report 0: probes[0].sites[4].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[4].total_bytes = 64
// CHECK-NEXT: report 0: probes[0].sites[4].blocks = 1
// CHECK:      report 0: probes[0].sites[4].finding = false
// CHECK-NEXT: report 0: probes[0].sites[4].samples = [0, 0, 0, 0, 0, 64]
// CHECK:      report 0: probes[0].sites[5].source = "e[i] = malloc(48);"
// CHECK-NEXT: report 0: probes[0].sites[5].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[5].total_bytes = 48
// CHECK-NEXT: report 0: probes[0].sites[5].blocks = 1
// CHECK:      report 0: probes[0].sites[5].finding = false
// CHECK-NEXT: report 0: probes[0].sites[5].samples = [0, 0, 0, 0, 0, 48]
// CHECK-NOT:  sites[6]
// CHECK:      jsonl: 1 report(s)
