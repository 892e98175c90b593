// A call into foreign code that ends by an exception (caught in the user's code) no longer owns the allocations that follow: the vector's growth inside std::generate_n is charged to the generate_n line, not to the std::stoi call that threw.
// Each function restores the callsite it was entered with at its landing pads.
// RUN: %clangxx_razor %s -o %t
// RUN: env TRACE_STALE=1 %run %t 2>&1 | FileCheck %s
// At -O2 too (the callsite written only where it can be read).
// RUN: %clangxx_razor -O2 %s -o %t.O2
// RUN: env TRACE_STALE=1 %run %t.O2 2>&1 | FileCheck %s
#include <razortrace.h>
#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

static std::vector<int> values;
static const char *const words[] = {"x", "1", "2", "3", "4", "5", "6", "7"};

RAZOR_PROBE("TRACE_STALE") void load() {
  int i = 0;
  std::generate_n(std::back_inserter(values), 8, [&i]() {
    int v = -1;
    try {
      v = std::stoi(words[i++]);
    } catch (const std::invalid_argument &) {
    }
    return v;
  });
}
// CHECK: razortrace: probe load() (trigger TRACE_STALE) in {{.*}}callsite-after-catch.cpp:[[# @LINE - 11]] — 20 calls sampled
// CHECK-NEXT: callsite-after-catch.cpp line: [[# @LINE - 10]] column: 3 function: load() command: std::generate_n(std::back_inserter(values), 8, [&i]() {
// CHECK-NOT: line:
// CHECK: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s)

int main() {
  for (int k = 0; k < 20; k++)
    load();
  return 0;
}
