// A C program with its own malloc and free (counting, over glibc's) sees no allocation before main with the runtime linked, none more than without it: the runtime's start-up made two through it (a failed dlsym of operator new, which a C program lacks, allocates its error message).
// RUN: %clang -O2 %s -o %t.plain
// RUN: %clang_razor -O2 %s -o %t
// RUN: %run %t.plain | FileCheck %s
// RUN: %run %t | FileCheck %s
#include <stdio.h>
#include <stdlib.h>
extern void *__libc_malloc(size_t);
extern void __libc_free(void *);
static long nmalloc, nfree;
void *malloc(size_t n) {
  nmalloc++;
  return __libc_malloc(n);
}
void free(void *p) {
  if (p)
    nfree++;
  __libc_free(p);
}
int main(void) {
  long m0 = nmalloc, f0 = nfree;
  char *volatile p = malloc(10);
  free(p);
  printf("mallocs=%ld frees=%ld before main: %ld/%ld\n", nmalloc - m0,
         nfree - f0, m0, f0);
  return 0;
}
// CHECK: mallocs=1 frees=1 before main: 0/0
