// One spelling per file in a report: an app and a library compiled in directories of their own (each names its files relative to its own), with a site in each whose stacks pass through the other; every frame spells main.c and spell-lib.c as their records do (before: the other unit's files absolute, as the symbolizer gave them against the site's directory), and their source lines are found from any working directory.
// RUN: rm -rf %t.d && mkdir -p %t.d/app %t.d/lib && cp %s %t.d/app/main.c && cp %S/Inputs/spell-lib.c %t.d/lib/
// RUN: cd %t.d/lib && %clang_razor_static -g -c spell-lib.c -o spell-lib.o
// RUN: cd %t.d/app && %clang_razor -g main.c ../lib/spell-lib.o -o %t
// RUN: cd / && env TRACE_SPELL=1 %run %t 2>&1 | FileCheck %s
// RUN: cd / && env TRACE_SPELL=1 %env_razor_opts=format=json %run %t 2>&1 | FileCheck %s --check-prefix=JSON
#include <razortrace.h>
#include <stdlib.h>

void *lib_keep(int n);
void lib_each(void (*cb)(int), int i);

static void *kept[10], *cbs[10];

static void app_keep(int i) { cbs[i] = malloc(24); }

RAZOR_PROBE("TRACE_SPELL,traceback") void handler(int i) {
  kept[i] = lib_keep(16);
  lib_each(app_keep, i);
}

int main(void) {
  for (int i = 0; i < 10; i++)
    handler(i);
  return 0;
}
// CHECK: razortrace: probe handler (trigger TRACE_SPELL) in main.c:17
// CHECK: {{^}}main.c line: 15 column: 40 function: app_keep
// CHECK: {{^}}    #0 app_keep main.c:15{{$}}
// CHECK-NEXT: {{^}}    #1 lib_each spell-lib.c:9 command: cb(i); // each-line{{$}}
// CHECK-NEXT: {{^}}    #2 handler main.c:19 command: lib_each(app_keep, i);{{$}}
// CHECK-NEXT: {{^}}    #3 main main.c:24 command: handler(i);{{$}}
// CHECK: {{^}}main.c line: 18 column: 13 function: handler command: kept[i] = lib_keep(16);
// CHECK-NEXT: via: wrapper lib_keep, lib_keep spell-lib.c:5
// CHECK: {{^}}    #0 lib_keep spell-lib.c:5{{$}}
// CHECK-NEXT: {{^}}    #1 handler main.c:18 command: kept[i] = lib_keep(16);{{$}}
// CHECK-NEXT: {{^}}    #2 main main.c:24 command: handler(i);{{$}}
// JSON: "probes": [{"function": "handler", "trigger": "TRACE_SPELL", "file": "main.c", "line": 17,
// JSON-SAME: {"file": "main.c", "dir": "{{[^"]*}}.d/app", "line": 15, "column": 40, "function": "app_keep",
// JSON-SAME: "traceback": [{"function": "app_keep", "file": "main.c", "dir": "{{[^"]*}}.d/app", "line": 15, "column": 40}, {"function": "lib_each", "file": "spell-lib.c", "dir": "{{[^"]*}}.d/lib", "line": 9, "column": 3}, {"function": "handler", "file": "main.c", "dir": "{{[^"]*}}.d/app", "line": 19, "column": 3}, {"function": "main", "file": "main.c", "dir": "{{[^"]*}}.d/app", "line": 24, "column": 5}]
// JSON-SAME: {"file": "main.c", "dir": "{{[^"]*}}.d/app", "line": 18, "column": 13, "function": "handler",
// JSON-SAME: "traceback": [{"function": "lib_keep", "file": "spell-lib.c", "dir": "{{[^"]*}}.d/lib", "line": 5, "column": 10}, {"function": "handler", "file": "main.c", "dir": "{{[^"]*}}.d/app", "line": 18, "column": 13}, {"function": "main", "file": "main.c", "dir": "{{[^"]*}}.d/app", "line": 24, "column": 5}]
// JSON-SAME: "via": {"wrapper": "lib_keep", "function": "lib_keep", "file": "spell-lib.c", "line": 5}
