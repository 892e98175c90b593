// Several calls on one line and column share a site; "via" for memory allocated inside the C++ library names the call that really allocated (std::string's constructor at -O0, not the std::allocator constructed beside it).
// RUN: %clangxx_razor -O0 %s -o %t
// RUN: env TRACE_VIA=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s
#include <razortrace.h>
#include <string>
#include <vector>

static std::vector<std::string> keep;

RAZOR_PROBE("TRACE_VIA") void probe(int i) {
  std::string s(48, (char)('a' + i % 26));
  keep.push_back(std::move(s));
}

int main() {
  keep.reserve(100);
  for (int i = 0; i < 20; i++)
    probe(i);
  return 0;
}
// CHECK: report 0: probes[0].sites[0].line = 11
// CHECK: report 0: probes[0].sites[0].via.function = "std::string::basic_string{{.*}}(unsigned long, char{{.*}})"
// CHECK-NOT: probes[0].sites[1]
