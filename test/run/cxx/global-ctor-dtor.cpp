// A global constructor that allocates before main and a global destructor that frees after it run without a crash and make no false finding; the probe's own leak is still reported.
// RUN: %clangxx_razor %s -o %t
// RUN: env TRACE_G=1 %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_G=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck --check-prefix=JSON %s
#include <razortrace.h>
#include <cstdio>
#include <cstdlib>
#include <vector>

struct Table {
  std::vector<int> *rows;
  char *raw;
  Table() : rows(new std::vector<int>(1000)), raw(static_cast<char *>(std::malloc(4096))) {}
  ~Table() {
    delete rows;
    std::free(raw);
    std::fprintf(stderr, "table gone\n");
  }
};
static Table table;

static std::vector<int *> kept;

RAZOR_PROBE("TRACE_G") void use(int i) {
  (*table.rows)[i] = i;
  kept.push_back(new int(i));
}

int main() {
  kept.reserve(100);
  for (int i = 0; i < 10; i++)
    use(i);
  std::fprintf(stderr, "main done\n");
  return 0;
}
// CHECK: main done
// CHECK-NEXT: table gone
// CHECK-NEXT: razortrace: probe use(int) (trigger TRACE_G) in {{.*}}global-ctor-dtor.cpp:24 — 10 calls sampled
// CHECK-NEXT: global-ctor-dtor.cpp line: 26 column: 18 function: use(int) command: kept.push_back(new int(i));
// CHECK-NOT: line:
// CHECK: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s)

// JSON: probes[0].sites[0].line = 26
// JSON-NOT: probes[0].sites[1]
// JSON: jsonl: 1 report(s)
