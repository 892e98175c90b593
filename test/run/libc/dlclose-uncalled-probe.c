// Probes are registered at their first need, not by a module's constructor, yet reported as before: a library dlopen'd after the first sample and dlclose'd without its probe ever being called still has that probe in the exit report (0 calls, its file and line copied at the unload), after the program's own probe.
// RUN: %clang_razor -shared -fPIC %S/Inputs/uncalled-probe.c -o %t.so
// RUN: %clang_razor %s -ldl -o %t
// RUN: env TRACE_MAIN=1 TRACE_LIB=1 %env_razor_opts=format=json %run %t %t.so 2>&1 | %jsonl | FileCheck %s
#include <dlfcn.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static void *kept[10];

RAZOR_PROBE("TRACE_MAIN") void main_probe(int i) { kept[i] = malloc(16); }

int main(int argc, char **argv) {
  (void)argc;
  for (int i = 0; i < 10; i++)
    main_probe(i);
  void *h = dlopen(argv[1], RTLD_NOW);
  if (!h) {
    puts(dlerror());
    return 1;
  }
  dlclose(h);
  return 0;
}

// CHECK:      report 0: probes[0].function = "main_probe"
// CHECK:      report 0: probes[0].calls = 10
// CHECK:      report 0: probes[1].function = "lib_probe"
// CHECK-NEXT: report 0: probes[1].trigger = "TRACE_LIB"
// CHECK-NEXT: report 0: probes[1].file = "{{.*}}uncalled-probe.c"
// CHECK-NEXT: report 0: probes[1].line = 4
// CHECK-NEXT: report 0: probes[1].calls = 0
// CHECK-NOT:  probes[2]
