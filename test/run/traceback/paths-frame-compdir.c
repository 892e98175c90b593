// A frame's path is joined with its own unit's compilation directory, never with the site's: a library built with -fdebug-compilation-dir=. (its DWARF names ./compdir-lib.c, LLVM 14 ././compdir-lib.c) shows compdir-lib.c, not a file of the same name in the app's directory (before: the app's decoy compdir-lib.c was read as its source, a path the library never had).
// RUN: rm -rf %t.d && mkdir -p %t.d/app %t.d/lib && cp %s %t.d/app/main.c && cp %S/Inputs/compdir-lib.c %t.d/lib/
// RUN: cp %S/Inputs/compdir-decoy.c %t.d/app/compdir-lib.c
// RUN: cd %t.d/lib && %clang -g -fdebug-compilation-dir=. -c compdir-lib.c -o compdir-lib.o
// RUN: cd %t.d/app && %clang_razor -g main.c ../lib/compdir-lib.o -o %t
// RUN: cd / && env TRACE_COMPDIR=1 %run %t 2>&1 | FileCheck %s
// RUN: cd / && env TRACE_COMPDIR=1 %env_razor_opts=format=json %run %t 2>&1 | FileCheck %s --check-prefix=JSON
// Run where the library was built, its relative path is its own source:
// RUN: cd %t.d/lib && env TRACE_COMPDIR=1 %run %t 2>&1 | FileCheck %s --check-prefix=LIBDIR
#include <razortrace.h>
#include <stdlib.h>

void lib_call(void (*cb)(int), int i);

static void *kept[10];

static void keep(int i) { kept[i] = malloc(16); }

RAZOR_PROBE("TRACE_COMPDIR,traceback") void handler(int i) { lib_call(keep, i); }

int main(void) {
  for (int i = 0; i < 10; i++)
    handler(i);
  return 0;
}
// CHECK-NOT: DECOY
// CHECK: {{^}}    #0 keep main.c:17{{$}}
// CHECK-NEXT: {{^}}    #1 lib_call compdir-lib.c:3{{$}}
// CHECK-NEXT: {{^}}    #2 handler main.c:19 command:
// CHECK-NOT: DECOY
// JSON: "traceback": [{"function": "keep", "file": "main.c", "dir": "{{[^"]*}}.d/app", "line": 17, "column": 37}, {"function": "lib_call", "file": "compdir-lib.c", "line": 3, "column": 3}, {"function": "handler", "file": "main.c", "dir": "{{[^"]*}}.d/app", "line": 19,
// LIBDIR: {{^}}    #1 lib_call compdir-lib.c:3 command: cb(i); // call-line{{$}}
