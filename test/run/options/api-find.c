// razor_probe_find and razor_probe_find_fn return the probe of an annotated function, by name or by address, and NULL for anything else.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_FIND=1 %run %t 2>/dev/null | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *keep[8];

RAZOR_PROBE("TRACE_FIND") void work(int i) {
  keep[i] = malloc(64);
}

RAZOR_PROBE("TRACE_FIND_STATIC") static void hidden(void) {}

void plain(void) {}

int main(void) {
  for (int i = 0; i < 8; i++)
    work(i);
  hidden();
  razor_probe *by_name = razor_probe_find("work");
  razor_probe *by_fn = razor_probe_find_fn((void (*)(void))work);
  printf("by name: %s\n", by_name ? "found" : "NULL");
  printf("same probe: %s\n", by_name == by_fn ? "yes" : "no");
  printf("static by address: %s\n",
         razor_probe_find_fn(hidden) && razor_probe_find_fn(hidden) != by_fn ? "found" : "NULL");
  printf("unknown name: %s\n", razor_probe_find("nosuch") ? "found" : "NULL");
  printf("not a probe: %s\n", razor_probe_find("plain") ? "found" : "NULL");
  printf("not a probe by address: %s\n", razor_probe_find_fn(plain) ? "found" : "NULL");
  printf("findings %d\n", razor_probe_report(by_name, stdout));
  return 0;
}
// CHECK: by name: found
// CHECK-NEXT: same probe: yes
// CHECK-NEXT: static by address: found
// CHECK-NEXT: unknown name: NULL
// CHECK-NEXT: not a probe: NULL
// CHECK-NEXT: not a probe by address: NULL
// CHECK-NEXT: razortrace: probe work (trigger TRACE_FIND) in {{.*}}api-find.c:10 — 8 calls sampled{{$}}
// CHECK-NEXT: api-find.c line: 11 column: 13 function: work command: keep[i] = malloc(64);
// CHECK: findings 1
