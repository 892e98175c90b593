// A C++ program built with -fno-exceptions (probes without cleanup pads, operator new wrappers as plain calls) builds, runs and reports its leak.
// RUN: %clangxx_razor -fno-exceptions %s -o %t
// RUN: env TRACE_NOEX=1 %run %t 2>&1 | FileCheck %s
// RUN: %clangxx_razor -fno-exceptions -O2 %s -o %t.O2
// RUN: env TRACE_NOEX=1 %run %t.O2 2>&1 | FileCheck %s
#include <razortrace.h>
#include <vector>

static std::vector<double *> kept;

RAZOR_PROBE("TRACE_NOEX") void remember(int i) {
  kept.push_back(new double[i + 1]);
}

int main() {
  for (int i = 0; i < 10; i++)
    remember(i);
  return 0;
}
// CHECK: razortrace: probe remember(int) (trigger TRACE_NOEX) in {{.*}}no-exceptions.cpp:11 — 10 calls sampled
// The vector's own growth (via push_back) and the new[] are two sites.
// CHECK-DAG: no-exceptions.cpp line: 12 column: 18 function: remember(int) command: kept.push_back(new double[i + 1]);
// CHECK-DAG: no-exceptions.cpp line: 12 column: 8 function: remember(int) command: kept.push_back(new double[i + 1]);
// CHECK: razortrace: SUMMARY: 2 growing site(s) in 1 probe(s)
