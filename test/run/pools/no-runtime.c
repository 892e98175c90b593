// A program that calls the client calls of razortrace.h, built without the plugin and linked without the runtime (C and C++, -O0 and -O2, static too): it links and runs as written, the calls doing nothing (the header declares them weak and calls each only when the runtime defines it).  Linked with the runtime, the same object reaches the runtime's functions (the block kept each call is a finding at the user's call of keep_one, kind "malloclike").
// RUN: %clang -O0 -I%include %s -o %t.c0
// RUN: %clang -O2 -I%include %s -o %t.c2
// RUN: %clangxx -x c++ -O2 -I%include %s -o %t.cxx2
// RUN: %clang -O2 -static -I%include %s -o %t.static
// RUN: %run %t.c0 | FileCheck %s --check-prefix=OUT
// RUN: %run %t.c2 | FileCheck %s --check-prefix=OUT
// RUN: %run %t.cxx2 | FileCheck %s --check-prefix=OUT
// RUN: %run %t.static | FileCheck %s --check-prefix=OUT
// RUN: nm %t.c2 | FileCheck %s --check-prefix=NM
// The object of the plain build, linked with the runtime and one
// instrumented file holding the probe:
// RUN: %clang -O2 -I%include -DPLAIN_PART -c %s -o %t.plain.o
// RUN: %clang_razor -g -O2 -DPROBE_PART %s %t.plain.o -o %t.traced
// RUN: env TRACE_NORT=1 %run %t.traced 2>&1 | FileCheck %s --check-prefix=TRACED
#include <razortrace.h>
#include <stdio.h>

// OUT: kept 0 1 2 3 4 5 6 7 8 9
// NM-DAG: {{^ +}}w razor_malloclike
// NM-DAG: {{^ +}}w razor_pool_clear
#if !defined(PROBE_PART)
static char store[1024];
static size_t used;
void *keep_one(int i) {
  char *p = store + used;
  used += 16;
  razor_malloclike(p, 16);
  razor_pool_alloc(store, p + 8, 8);
  razor_pool_free(store, p + 8);
  razor_pool_clear(store);
  razor_freelike(NULL);
  snprintf(p, 16, "%d", i);
  return p;
}
#else
void *keep_one(int i);
#endif

#if !defined(PLAIN_PART)
static char *kept[10];
#if defined(PROBE_PART)
RAZOR_PROBE("TRACE_NORT")
#endif
void work(int i) { kept[i] = (char *)keep_one(i); }
// TRACED: no-runtime.c line: [[# @LINE - 1]] column: 38 function: work command: void work(int i) { kept[i] = (char *)keep_one(i); }
// TRACED-NEXT: • average kb per call: 0.0156   • total kb: 0.1562   • blocks: 10   • via: keep_one

int main(void) {
  for (int i = 0; i < 10; i++)
    work(i);
  printf("kept");
  for (int i = 0; i < 10; i++)
    printf(" %s", kept[i]);
  printf("\n");
  return 0;
}
#endif
