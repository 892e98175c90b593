// A registry keeping std::strings in a global std::vector via push_back is reported at the user's push_back line (file, line, column, source), kind "operator new", with a "via" inside the standard library's allocator.
// RUN: %clangxx_razor -g %s -o %t
// RUN: env TRACE_REG=1 %run %t 2>&1 | FileCheck --check-prefix=TEXT %s
// RUN: env TRACE_REG=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s
// Without -g the same site and names.
// RUN: %clangxx_razor %s -o %t.nog
// RUN: env TRACE_REG=1 %env_razor_opts=format=json %run %t.nog 2>&1 | %jsonl | FileCheck %s
#include <razortrace.h>
#include <string>
#include <vector>

static std::vector<std::string> registry;

// Names short enough for the small-string buffer: the only heap block is the vector's.
RAZOR_PROBE("TRACE_REG") void enroll(int i) {
  std::string name = "user-" + std::to_string(i);
  registry.push_back(name);
}
// TEXT: razortrace: probe enroll(int) (trigger TRACE_REG) in {{.*}}registry-push-back.cpp:[[# @LINE - 4]] — 100 calls sampled
// TEXT-NEXT: {{.*}}registry-push-back.cpp line: [[# @LINE - 3]] column: 12 function: enroll(int) command: registry.push_back(name);
// TEXT-NEXT: • average kb per call: 0.0400   • total kb: 4.0000   • blocks: 1
// TEXT-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 4.0000 kb retained

// CHECK:      report 0: probes[0].function = "enroll(int)"
// CHECK:      report 0: probes[0].calls = 100
// CHECK-NEXT: report 0: probes[0].sites[0].file = "{{.*}}registry-push-back.cpp"
// CHECK-NEXT: report 0: probes[0].sites[0].line = [[# @LINE - 10]]
// CHECK-NEXT: report 0: probes[0].sites[0].column = 12
// CHECK-NEXT: report 0: probes[0].sites[0].function = "enroll(int)"
// CHECK-NEXT: report 0: probes[0].sites[0].source = "registry.push_back(name);"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "operator new"
// 100 strings of 32 bytes: the vector's buffer has doubled to 128 slots.
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 4096
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 1
// CHECK:      report 0: probes[0].sites[0].reclaimed = false
// CHECK:      report 0: probes[0].sites[0].via.function = "std::{{.*}}allocator<std::string>::allocate(unsigned long, void const*)"
// CHECK-NEXT: report 0: probes[0].sites[0].via.file = "{{.*}}new_allocator.h"
// CHECK-NEXT: report 0: probes[0].sites[0].via.line = {{[1-9][0-9]*$}}
// CHECK-NOT:  probes[0].sites[1]
// CHECK:      jsonl: 1 report(s)

int main() {
  for (int i = 0; i < 100; i++)
    enroll(i);
  return registry.size() != 100;
}
