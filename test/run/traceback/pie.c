// The same program as a PIE, as a non-PIE (-no-pie) and with its allocations in an instrumented shared library: frames are symbolised by module + offset, so every load address (ASLR, shared libraries) gives the same, right trace. (Recognising allocation wrappers by shape is off here, no-auto-alloc: its helpers would charge their callers.)
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -g -fPIC -shared %S/Inputs/pie-lib.c -o %t-libpie.so
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -g -fPIE -pie %s %t-libpie.so -o %t-pie
// RUN: env TRACE_PIE=1 %run %t-pie 2>&1 | FileCheck %s
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -g -fno-pie -no-pie %s %t-libpie.so -o %t-nopie
// RUN: env TRACE_PIE=1 %run %t-nopie 2>&1 | FileCheck %s
// RUN: %clang_razor_static -fplugin-arg-razortrace-no-auto-alloc -g -fno-pie -no-pie %s %t-libpie.so %razor_static_lib -o %t-static
// RUN: env TRACE_PIE=1 %run %t-static 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

void *lib_outer(int i);
static void *kept[2][10];

static void *local(int i) {
  void *p = malloc(8 + (size_t)i); // local-line
  if (p)
    *(char *)p = 0;
  return p;
}

RAZOR_PROBE("TRACE_PIE,traceback") void grow(int i) {
  kept[0][i] = local(i); // grow-local-line
  kept[1][i] = lib_outer(i); // grow-lib-line
}

int main(void) {
  for (int i = 0; i < 10; i++)
    grow(i); // main-line
  return 0;
}
// CHECK:      pie-lib.c line: 6 column: 13 function: lib_alloc
// CHECK:      -----trace-----
// CHECK-NEXT: {{^}}    stacks recorded for {{[1-9][0-9]*}} of {{[0-9]+}} retained blocks{{$}}
// CHECK-NEXT: {{^}}    stack 1 of 1: {{[0-9.]+}} kb in {{[0-9]+}} blocks{{$}}
// CHECK-NEXT: {{^}}    #0 lib_alloc {{.*}}pie-lib.c:6{{$}}
// CHECK-NEXT: {{^}}    #1 lib_outer {{.*}}/Inputs/pie-lib.c:13 command: void *p = lib_alloc(i); /* lib_outer-line */{{$}}
// CHECK-NEXT: {{^}}    #2 grow {{.*}}/pie.c:24 command: kept[1][i] = lib_outer(i); // grow-lib-line{{$}}
// CHECK-NEXT: {{^}}    #3 main {{.*}}/pie.c:29 command: grow(i); // main-line{{$}}
// CHECK:      pie.c line: 16 column: 13 function: local
// CHECK:      -----trace-----
// CHECK-NEXT: {{^}}    stacks recorded for {{[1-9][0-9]*}} of {{[0-9]+}} retained blocks{{$}}
// CHECK-NEXT: {{^}}    stack 1 of 1: {{[0-9.]+}} kb in {{[0-9]+}} blocks{{$}}
// CHECK-NEXT: {{^}}    #0 local {{.*}}pie.c:16{{$}}
// CHECK-NEXT: {{^}}    #1 grow {{.*}}/pie.c:23 command: kept[0][i] = local(i); // grow-local-line{{$}}
// CHECK-NEXT: {{^}}    #2 main {{.*}}/pie.c:29 command: grow(i); // main-line{{$}}
// CHECK-NEXT: razortrace: SUMMARY: 2 growing site(s)
