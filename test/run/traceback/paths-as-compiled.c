// Traceback frames of files under the compilation directory show their paths as the compiler saw them (relative, like #0 and the finding line), and their source lines are found from any working directory.
// RUN: rm -rf %t.d && mkdir -p %t.d/src && cp %s %t.d/src/paths.c
// RUN: cd %t.d && %clang_razor -g src/paths.c -o %t
// RUN: cd / && env TRACE_PATHS=1 %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

static void *kept[10];

void store(int i) { kept[i] = malloc(16); }

RAZOR_PROBE("TRACE_PATHS,traceback") void handler(int i) { store(i); }

int main(void) {
  for (int i = 0; i < 10; i++)
    handler(i);
  return 0;
}
// CHECK: {{^}}src/paths.c line: 10 column: 31 function: store
// CHECK: {{^}}    #0 store src/paths.c:10{{$}}
// CHECK-NEXT: {{^}}    #1 handler src/paths.c:12 command: RAZOR_PROBE("TRACE_PATHS,traceback") void handler(int i) { store(i); }{{$}}
// CHECK-NEXT: {{^}}    #2 main src/paths.c:16 command: handler(i);{{$}}
