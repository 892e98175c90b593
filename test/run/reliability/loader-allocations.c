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

// The same program loading a library that keeps a block of its own while it
// loads (-DKEEP) is reported at the dlopen line with exactly that block: the
// verdict above is the loader's bookkeeping left out, not a line nothing is
// charged to.
// RUN: %clang -shared -fPIC -DKEEP %S/Inputs/plain-value.c -o %t-libkeep.so
// RUN: env TRACE_LOADER=1 %run %t %t-libkeep.so 2>&1 >/dev/null | FileCheck %s --check-prefix=KEEP
// KEEP: razortrace: probe step (trigger TRACE_LOADER) in {{.*}}loader-allocations.c:13 — 20 calls sampled
// KEEP-NEXT: {{.*}}loader-allocations.c line: 15 column: 14 function: step command: handle = dlopen(path, RTLD_NOW);
// KEEP-NEXT: • average kb per call: 0.0049   • total kb: 0.0977   • blocks: 1
// KEEP-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.0977 kb retained
