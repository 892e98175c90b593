// razor_probe_create with a malformed spec returns NULL and prints one razortrace: line per call.
// RUN: %clang_razor %s -o %t
// RUN: %run %t > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: count 3 < %t.err
// RUN: FileCheck %s < %t.err
#include <razortrace.h>
#include <stdio.h>

int main(void) {
  const char *specs[] = {"1BAD", "TRACE_OK,bogus", "TRACE_OK,clear,clear"};
  for (int i = 0; i < 3; i++)
    printf("%s: %s\n", specs[i],
           razor_probe_create("p", specs[i]) ? "probe" : "NULL");
  printf("good: %s\n", razor_probe_create("p", "TRACE_OK,clear") ? "probe" : "NULL");
  return 0;
}
// OUT: 1BAD: NULL
// OUT-NEXT: TRACE_OK,bogus: NULL
// OUT-NEXT: TRACE_OK,clear,clear: NULL
// OUT-NEXT: good: probe

// CHECK: {{^}}razortrace: razor_probe_create("p"): razor_probe trigger '1BAD' is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*, or empty for always on){{$}}
// CHECK-NEXT: {{^}}razortrace: razor_probe_create("p"): unknown razor_probe option 'bogus'; expected traceback, clear, strict, nostrict or debug{{$}}
// CHECK-NEXT: {{^}}razortrace: razor_probe_create("p"): razor_probe option 'clear' is repeated{{$}}
