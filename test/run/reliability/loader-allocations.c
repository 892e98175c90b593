// What the dynamic loader allocates while a probe runs (a library loaded in a late call and kept) is its own bookkeeping, never charged to the user's line: no finding at the dlopen line.
// RUN: %clang -shared -fPIC %S/Inputs/plain-value.c -o %t-libplainv.so
// RUN: %clang_razor %s -o %t -ldl
// RUN: env TRACE_LOADER=1 %run %t %t-libplainv.so 2>&1 | FileCheck %s
#include <dlfcn.h>
#include <razortrace.h>
#include <stdio.h>

static void *handle;

/* Loads the library in call 16 of 20: after the middle sample, so any
 * block charged to this line would look like growth. */
RAZOR_PROBE("TRACE_LOADER") void step(int i, const char *path) {
  if (i == 15)
    handle = dlopen(path, RTLD_NOW);
}

int main(int argc, char **argv) {
  for (int i = 0; i < 20; i++)
    step(i, argv[1]);
  printf("loaded %d\n", handle != NULL);
  return 0;
}
// CHECK-DAG: loaded 1
// CHECK-DAG: razortrace: no growing allocation sites (1 probe(s), 20 call(s) sampled)
