// Two C++ translation units built with the plugin that share inline standard-library functions link and run at every -O level (the linker drops duplicate inline functions, never a record still used by code inlined elsewhere), and the report is right.
// RUN: %clangxx_razor -O0 %s %S/Inputs/multi-tu-main.cpp -o %t0
// RUN: %clangxx_razor -O1 %s %S/Inputs/multi-tu-main.cpp -o %t1
// RUN: %clangxx_razor -O2 %s %S/Inputs/multi-tu-main.cpp -o %t2
// RUN: %clangxx_razor -O3 %s %S/Inputs/multi-tu-main.cpp -o %t3
// RUN: env TRACE_MULTI=1 %run %t0 2>&1 | FileCheck %s
// RUN: env TRACE_MULTI=1 %run %t2 2>&1 | FileCheck %s
// RUN: env TRACE_MULTI=1 %run %t3 2>&1 | FileCheck %s
#include <razortrace.h>
#include <string>
#include <vector>

static std::vector<std::string> kept;

RAZOR_PROBE("TRACE_MULTI") void keep(const std::string &s) {
  kept.push_back(s);
}
// CHECK: razortrace: probe keep(std::string const&) (trigger TRACE_MULTI) in {{.*}}multi-tu-link.cpp:[[# @LINE - 3]] — 10 calls sampled
// CHECK: multi-tu-link.cpp line: [[# @LINE - 3]] column: 8 function: keep(std::string const&) command: kept.push_back(s);
// CHECK: razortrace: SUMMARY:
