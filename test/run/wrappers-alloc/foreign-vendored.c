// -fplugin-arg-razortrace-foreign=GLOB: a library compiled in the user's tree with the plugin is treated as code built without it: what it allocates is charged to the user's call into it ("via" names the function called and the library's real allocation line), while the user's callback it calls keeps its own line; without the argument the findings are inside the library.
// RUN: %clang_razor -O0 -fplugin-arg-razortrace-foreign='*/vendor/*' %s %S/Inputs/vendor/minidb.c -o %t0 && env TRACE_V=1 %run %t0 2>&1 | FileCheck %s
// RUN: %clang_razor -O2 -fplugin-arg-razortrace-foreign='*minidb.c' -c %S/Inputs/vendor/minidb.c -o %t.db.o
// RUN: %clang_razor -O2 -fplugin-arg-razortrace-foreign='*minidb.c' %s %t.db.o -o %t2 && env TRACE_V=1 %run %t2 2>&1 | FileCheck %s
// RUN: env TRACE_V=1 %env_razor_opts=format=json %run %t2 2>&1 | %jsonl | FileCheck %s --check-prefix=JSON
// RUN: %clang_razor -O2 %s %S/Inputs/vendor/minidb.c -o %tn && env TRACE_V=1 %run %tn 2>&1 | FileCheck %s --check-prefix=NONE
// (The library's own wrappers, recognised by their shape, charge its blocks to its inner lines.)
// NONE-NOT: db_prepare("select
// NONE: minidb.c line: 25 column: 12 function: db_prepare command: s->sql = db_malloc(strlen(sql) + 1);
// NONE-NOT: db_prepare("select
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

struct stmt;
struct stmt *db_prepare(const char *sql);
void db_finalize(struct stmt *s);
int db_each(const struct stmt *s, int (*row)(void *, const char *), void *arg);

static char *seen[16];
static int nseen;

static int keep_row(void *arg, const char *text) {
  (void)arg;
  seen[nseen++] = strdup(text);
  return 0;
}

// CHECK: razortrace: probe request (trigger TRACE_V) in {{.*}}foreign-vendored.c:[[# @LINE + 1]] — 10 calls sampled
RAZOR_PROBE("TRACE_V") void request(int i) {
  struct stmt *s = db_prepare("select name from users");
  // CHECK-DAG: foreign-vendored.c line: [[# @LINE - 1]] column: 20 function: request command: struct stmt *s = db_prepare("select name from users");
  // CHECK-DAG: • average kb per call: 0.0269   • total kb: 0.2686   • blocks: 15   • via: wrapper db_prepare, db_mem_malloc {{.*}}minidb.c:13{{$}}
  // JSON-DAG: via.wrapper = "db_prepare"
  // The callback's strdup (line 25) is its own finding, with no via.
  // CHECK-DAG: foreign-vendored.c line: 25 column: 19 function: keep_row command: seen[nseen++] = strdup(text);
  // CHECK-DAG: • average kb per call: 0.0225   • total kb: 0.2246   • blocks: 10{{$}}
  db_each(s, keep_row, NULL);
  if (i % 2)
    db_finalize(s); /* forgotten on every other call */
}
// CHECK: SUMMARY: 2 growing site(s)

int main(void) {
  for (int i = 0; i < 10; i++)
    request(i);
  return 0;
}
