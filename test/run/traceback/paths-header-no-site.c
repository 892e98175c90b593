// A traceback frame in a file of the app's that no site or probe record names (a header with a function and no allocation of its own), built with -g under the compilation directory, shows the path as the compiler saw it (src/spell-header.h, as the function records of the unit spell it), like every other frame of the report, not the symbolizer's absolute path (before: /path/to/build/src/spell-header.h:6); its source line is found from any working directory.
// RUN: rm -rf %t.d && mkdir -p %t.d/src && cp %s %t.d/src/main.c && cp %S/Inputs/spell-header.h %t.d/src/
// RUN: cd %t.d && %clang_razor -fplugin-arg-razortrace-no-auto-alloc -g src/main.c -o %t
// RUN: cd / && env TRACE_HDR=1 %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

#include "spell-header.h"

static void *kept[16];
static int n;

__attribute__((noinline)) void *make(int i) { return malloc(16 + (size_t)i); }

RAZOR_PROBE("TRACE_HDR,traceback") void handler(int i) {
  kept[n++] = via_header(i);
}

int main(void) {
  for (int i = 0; i < 16; i++)
    handler(i);
  return 0;
}
// CHECK: {{^}}src/main.c line: 13 column: 54 function: make
// CHECK: {{^}}    #0 make src/main.c:13{{$}}
// CHECK-NEXT: {{^}}    #1 via_header src/spell-header.h:6 command: void *p = make(i);{{$}}
// CHECK-NEXT: {{^}}    #2 handler src/main.c:16 command: kept[n++] = via_header(i);{{$}}
// CHECK-NEXT: {{^}}    #3 main src/main.c:21 command: handler(i);{{$}}
