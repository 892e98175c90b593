// realloc called through a pointer by instrumented code (libxml2's xmlRealloc, a hook's default) moves the block to the realloc's line, as a direct realloc does, with "via: realloc" as malloc through a pointer has "via: malloc"; code built without the plugin growing a block of the program's (a library's realloc) keeps the block at the program's line.  In the program and in an instrumented shared library, at -O0 and -O2.
// RUN: %clang -O2 -fPIC -shared %S/Inputs/plain-grow.c -o %t-libgrow.so
// RUN: %clang_razor -O0 %s %t-libgrow.so -o %t0
// RUN: env TRACE_RP=1 %run %t0 2>&1 >/dev/null | FileCheck %s
// RUN: %clang_razor -O2 %s %t-libgrow.so -o %t2
// RUN: env TRACE_RP=1 %env_razor_opts=format=json %run %t2 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
// RUN: %clang_razor -O2 -fPIC -shared -DAS_LIBRARY %s -o %t-libself.so
// RUN: %clang_razor -O2 -DAS_MAIN %s %t-libself.so %t-libgrow.so -o %t-so
// RUN: env TRACE_RP=1 %run %t-so 2>&1 >/dev/null | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

void *plain_grow(void *p, size_t n);

#ifndef AS_MAIN
void *(*p_malloc)(size_t) = malloc;
void *(*p_realloc)(void *, size_t) = realloc;
static int *a1, *a2, *a3, *a4;
static int nb, max = 20;

// CHECK:      razortrace: probe add (trigger TRACE_RP) in {{.*}}realloc-pointer.c:[[# @LINE + 1]] — 200 calls sampled
RAZOR_PROBE("TRACE_RP") void add(int v) {
  if (!a1) {
    a1 = p_malloc(max * sizeof(int));
    a2 = malloc(max * sizeof(int));
    a3 = p_malloc(max * sizeof(int));
    a4 = malloc(max * sizeof(int));
  } else if (nb >= max) {
    max *= 2;
    a1 = p_realloc(a1, max * sizeof(int));
    a2 = p_realloc(a2, max * sizeof(int));
    a3 = realloc(a3, max * sizeof(int));
    a4 = plain_grow(a4, max * sizeof(int));
  }
  a1[nb] = a2[nb] = a3[nb] = a4[nb] = v;
  nb++;
}
// CHECK-NEXT: {{.*}}realloc-pointer.c line: [[# @LINE - 11]] column: 10 function: add command: a4 = malloc(max * sizeof(int));
// CHECK-NEXT:     • average kb per call: 0.0063   • total kb: 1.2500   • blocks: 1{{$}}
// CHECK-NEXT: {{.*}}realloc-pointer.c line: [[# @LINE - 10]] column: 10 function: add command: a1 = p_realloc(a1, max * sizeof(int));
// CHECK-NEXT:     • average kb per call: 0.0063   • total kb: 1.2500   • blocks: 1   • via: realloc{{$}}
// CHECK-NEXT: {{.*}}realloc-pointer.c line: [[# @LINE - 11]] column: 10 function: add command: a2 = p_realloc(a2, max * sizeof(int));
// CHECK-NEXT:     • average kb per call: 0.0063   • total kb: 1.2500   • blocks: 1   • via: realloc{{$}}
// CHECK-NEXT: {{.*}}realloc-pointer.c line: [[# @LINE - 12]] column: 10 function: add command: a3 = realloc(a3, max * sizeof(int));
// CHECK-NEXT:     • average kb per call: 0.0063   • total kb: 1.2500   • blocks: 1{{$}}
// CHECK-NEXT: razortrace: SUMMARY: 4 growing site(s) in 1 probe(s), 5.0000 kb retained
// JSON:      probes[0].sites[0].line = [[# @LINE - 20]]
// JSON-NOT:  probes[0].sites[0].via
// JSON:      probes[0].sites[1].line = [[# @LINE - 19]]
// JSON:      probes[0].sites[1].via.function = "realloc"
// JSON:      probes[0].sites[2].line = [[# @LINE - 20]]
// JSON:      probes[0].sites[2].via.function = "realloc"
// JSON:      probes[0].sites[3].line = [[# @LINE - 21]]
// JSON-NOT:  probes[0].sites[3].via
// JSON-NOT:  probes[0].sites[4]
#else
void add(int v);
#endif

#ifndef AS_LIBRARY
int main(void) {
  for (int i = 0; i < 200; i++)
    add(i);
  puts("ok");
  return 0;
}
#endif
