// A program that defines its own malloc, calloc, realloc and free in a file built with the plugin is traced as when they are in a file of their own: a strdup freed in the probe is not a finding, the malloc(40) each call keeps is (at -O0 and -O2), and the program's counts of its allocator's calls are those of its plain build.
// RUN: %clang -O0 -I%include %s -o %t.plain
// RUN: %run %t.plain | FileCheck %s --check-prefix=OUT
// RUN: %clang_razor -O0 %s -o %t.O0
// RUN: env TRACE_OWN=1 %run %t.O0 2>%t.O0.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s < %t.O0.err
// RUN: %clang_razor -O2 %s -o %t.O2
// RUN: env TRACE_OWN=1 %run %t.O2 2>%t.O2.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s < %t.O2.err
// The same allocator in a file of its own (built with the plugin too):
// RUN: %clang_razor -O0 -DALLOCATOR_ONLY -c %s -o %t.alloc.o
// RUN: %clang_razor -O0 -DPROGRAM_ONLY %s %t.alloc.o -o %t.split
// RUN: env TRACE_OWN=1 %run %t.split 2>%t.split.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s < %t.split.err
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef PROGRAM_ONLY
/* The program's allocator: glibc's, counted. */
extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void __libc_free(void *);
unsigned long own_allocs, own_frees;

void *malloc(size_t n) {
  own_allocs++;
  return __libc_malloc(n);
}
void *calloc(size_t n, size_t size) {
  own_allocs++;
  return __libc_calloc(n, size);
}
void *realloc(void *p, size_t n) {
  own_allocs += p == NULL;
  return __libc_realloc(p, n);
}
void free(void *p) {
  own_frees += p != NULL;
  __libc_free(p);
}
#endif

#ifndef ALLOCATOR_ONLY
extern unsigned long own_allocs, own_frees;
static void *kept[10];

RAZOR_PROBE("TRACE_OWN") void work(int i) {
  char *scratch = strdup("scratch");
  free(scratch);
  kept[i] = malloc(40);
}

int main(void) {
  unsigned long allocs = own_allocs, frees = own_frees;
  for (int i = 0; i < 10; i++)
    work(i);
  printf("own allocator: %lu allocations, %lu frees\n", own_allocs - allocs,
         own_frees - frees);
  return 0;
}
#endif
// OUT: own allocator: 20 allocations, 10 frees

// The program's free is the process's: the runtime says what that costs,
// as for any allocator that wins over its own.
// CHECK-NOT:  strdup
// CHECK:      {{^}}razortrace: another free() takes precedence over the runtime's; frees outside instrumented code are not seen
// CHECK-NEXT: razortrace: probe work (trigger TRACE_OWN) in {{.*}}allocator-same-file.c:{{[0-9]+}} — 10 calls sampled
// CHECK-NEXT: {{.*}}allocator-same-file.c line: {{[0-9]+}} column: {{[0-9]+}} function: work command: kept[i] = malloc(40);
// CHECK-NEXT:     • average kb per call: 0.0391   • total kb: 0.3906   • blocks: 10
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.3906 kb retained
// CHECK-NOT:  razortrace
