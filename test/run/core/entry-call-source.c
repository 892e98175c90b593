// A call by entry name (a function declared in the user's header, defined in another file) carries no copy of its source line in its record: it is read only when the function was built without the plugin, and then the report reads the line from the file, in text and in JSON alike.  A call into the C library keeps its copy.  Built from a copy of the source that is gone at run time, that finding says "(source unavailable)" and the report is otherwise whole.
// RUN: %clang_razor -S -emit-llvm -o - %s | %python %S/../../plugin/Inputs/rel-fields.py | FileCheck --check-prefix=IR %s
// RUN: %clang -O2 -c %S/Inputs/each.c -o %t.each.o
// RUN: %clang_razor -O2 %s %t.each.o -o %t
// RUN: env TRACE_SRC=1 %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_SRC=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck --check-prefix=JSON %s
// RUN: rm -rf %t.dir && mkdir -p %t.dir && cp %s %t.dir/gone.c
// RUN: cd %t.dir && %clang_razor -O2 gone.c %t.each.o -o %t.gone && rm gone.c
// RUN: env TRACE_SRC=1 %run %t.gone 2>&1 | FileCheck --check-prefix=GONE %s
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

void each(void (*cb)(void *), void *arg);

static char *kept[64];
static int nkept;
static void nothing(void *arg) { (void)arg; }

// The record of each(): no source string (nothing after its callee); strdup's has one.  Both name their file record through their scope.
// IR-DAG: @[[SRC:razor.str[.0-9]*]] = private unnamed_addr constant {{.*}} c"kept[nkept++ % 64] = strdup(s);\00"
// IR-DAG: @[[SCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @{{razor.file[.0-9]*}}, rel @{{[^,]+}} }
// IR-DAG: @razor.call{{[.0-9]*}} = private constant {{.*}} { i32 [[# @LINE + 4]], i16 3, i8 -1, i8 32, rel @[[SCOPE]], rel @{{[^,]+}} }
// IR-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[# @LINE + 5]], i16 24, i8 {{[0-9]+}}, i8 64, rel @[[SCOPE]], rel @[[SRC]] }

RAZOR_PROBE("TRACE_SRC") void request(const char *s) {
  each(nothing, (void *)s);
  /* no comment */
  kept[nkept++ % 64] = strdup(s);
}
// CHECK-DAG: entry-call-source.c line: [[# @LINE - 4]] column: 3 function: request command: each(nothing, (void *)s);
// CHECK-DAG: entry-call-source.c line: [[# @LINE - 3]] column: 24 function: request command: kept[nkept++ % 64] = strdup(s);
// CHECK: razortrace: SUMMARY: 2 growing site(s)
// JSON-DAG: report 0: probes[0].sites[{{[01]}}].source = "each(nothing, (void *)s);"
// JSON-DAG: report 0: probes[0].sites[{{[01]}}].source = "kept[nkept++ % 64] = strdup(s);"
// GONE-DAG: gone.c line: [[# @LINE - 9]] column: 3 function: request command: (source unavailable)
// GONE-DAG: gone.c line: [[# @LINE - 8]] column: 24 function: request command: kept[nkept++ % 64] = strdup(s);
// GONE: razortrace: SUMMARY: 2 growing site(s)

int main(void) {
  for (int i = 0; i < 10; i++)
    request("abc");
  return 0;
}
