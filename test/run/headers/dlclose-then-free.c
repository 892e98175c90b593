// Headed blocks an instrumented shared library allocated in a probe outlive the library: after dlclose they are freed, resized by plain code outside any probe and by a realloc inside a later sampled call, with exact figures, and the exit report still names the library's site. (Recognising allocation wrappers by shape is off here, no-auto-alloc: its helpers would charge their callers.)
// RUN: %clang -c %S/Inputs/plain-ops.c -o %t.ops.o
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -shared -fPIC %S/Inputs/lib-make.c -o %t.so
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc %s %t.ops.o -ldl -o %t
// RUN: env TRACE_DL=1 %env_razor_opts=format=json %run %t %t.so > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: %jsonl < %t.err | FileCheck %s
#define _GNU_SOURCE
#include <dlfcn.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

#include "Inputs/plain-ops.h"

typedef char *make_fn(size_t);
static char *kept[3], *mine[5];

/* debug: every site that retains anything is listed.  While the library
 * is loaded each call keeps one of its 50-byte blocks; after, one 8-byte
 * block of its own, and call 4 realloc's the library's third block.
 * min_calls=5: the five calls are judged (the figures are the point). */
RAZOR_PROBE("TRACE_DL,debug,min_calls=5") void use(int i, make_fn *make) {
  if (make) {
    kept[i] = make(50);
    return;
  }
  mine[i] = malloc(8);
  if (i == 3)
    kept[2] = realloc(kept[2], 70);
}

int main(int argc, char **argv) {
  void *lib = dlopen(argv[1], RTLD_NOW);
  make_fn *make = lib ? (make_fn *)dlsym(lib, "lib_make") : NULL;
  if (!make)
    return 1;
  for (int i = 0; i < 3; i++)
    use(i, make);
  int closed = dlclose(lib);
  Dl_info info;
  int still_mapped = dladdr((void *)make, &info) != 0;
  free(kept[0]);
  kept[1] = plain_realloc(kept[1], 500);
  use(3, NULL);
  use(4, NULL);
  printf("dlclose %d, still mapped %d, block %s\n", closed, still_mapped,
         kept[1] && kept[2] ? "ok" : "lost");
  return 0;
}
// OUT: dlclose 0, still mapped 0, block ok

// CHECK:      report 0: probes[0].calls = 5
// The library's site: its second block grown to 500 bytes by plain code,
// its first freed, its third realloc'd in call 4 (now main's).  The free
// and the growth happen before call 4 begins, so sample 3 has them: 500 +
// the third block's 50.
// CHECK:      report 0: probes[0].sites[0].file = "{{.*}}Inputs/lib-make.c"
// CHECK-NEXT: report 0: probes[0].sites[0].line = 5
// CHECK:      report 0: probes[0].sites[0].source = "char *lib_make(size_t n) { return malloc(n); }"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 500
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 1
// CHECK:      report 0: probes[0].sites[0].samples = [50, 100, 550, 500, 500]
// CHECK:      report 0: probes[0].sites[1].source = "kept[2] = realloc(kept[2], 70);"
// CHECK-NEXT: report 0: probes[0].sites[1].kind = "realloc"
// CHECK-NEXT: report 0: probes[0].sites[1].total_bytes = 70
// CHECK-NEXT: report 0: probes[0].sites[1].blocks = 1
// CHECK:      report 0: probes[0].sites[1].samples = [0, 0, 0, 70, 70]
// CHECK:      report 0: probes[0].sites[2].source = "mine[i] = malloc(8);"
// CHECK-NEXT: report 0: probes[0].sites[2].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[2].total_bytes = 16
// CHECK-NEXT: report 0: probes[0].sites[2].blocks = 2
// CHECK:      report 0: probes[0].sites[2].samples = [0, 0, 0, 8, 16]
// CHECK-NOT:  sites[3]
// CHECK:      jsonl: 1 report(s)
