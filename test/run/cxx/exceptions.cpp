// A probe that leaks and then throws, caught by its caller, closes its sample as the exception leaves it: every call is counted and the leak reported; a catch-and-rethrow inside the probe works the same; at -O0 and -O2.
// RUN: %clangxx_razor -O0 %s -o %t.O0
// RUN: env TRACE_EX=1 %run %t.O0 2>&1 | FileCheck %s
// RUN: %clangxx_razor -O2 %s -o %t.O2
// RUN: env TRACE_EX=1 %run %t.O2 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdexcept>
#include <cstdio>

// CHECK: caught 20
static int *kept[100];
static int nkept;

__attribute__((noinline)) void fail(int i) {
  if (i >= 0)
    throw std::runtime_error("no");
}

RAZOR_PROBE("TRACE_EX") void leak_then_throw(int i) {
  kept[nkept++] = new int[4];
  fail(i);
}
// CHECK-DAG: razortrace: probe leak_then_throw(int) (trigger TRACE_EX) in {{.*}}exceptions.cpp:[[# @LINE - 4]] — 10 calls sampled
// CHECK-DAG: exceptions.cpp line: [[# @LINE - 4]] column: 19 function: leak_then_throw(int) command: kept[nkept++] = new int[4];

RAZOR_PROBE("TRACE_EX") void rethrow(int i) {
  int *scratch = new int[8];
  try {
    kept[nkept++] = new int(i);
    fail(i);
  } catch (const std::exception &) {
    delete[] scratch;
    throw;
  }
}
// CHECK-DAG: razortrace: probe rethrow(int) (trigger TRACE_EX) in {{.*}}exceptions.cpp:[[# @LINE - 10]] — 10 calls sampled
// CHECK-DAG: exceptions.cpp line: [[# @LINE - 8]] column: 21 function: rethrow(int) command: kept[nkept++] = new int(i);

int main() {
  int caught = 0;
  for (int i = 0; i < 10; i++) {
    try { leak_then_throw(i); } catch (const std::exception &) { caught++; }
    try { rethrow(i); } catch (const std::exception &) { caught++; }
  }
  std::fprintf(stderr, "caught %d\n", caught);
  return caught != 20;
}
// The scratch block freed in the handler is not a finding.
// CHECK-NOT: command: int *scratch
// CHECK: razortrace: SUMMARY: 2 growing site(s) in 2 probe(s)
