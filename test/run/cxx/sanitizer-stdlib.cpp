// Under -fsanitize=address or leak (the sanitizer's malloc is the process's), what the C++ library allocates inside itself (std::string's buffer, built in libstdc++.so) is still charged to the user's line: the same report as without a sanitizer.
// RUN: %clangxx_razor -g %s -o %t
// RUN: %clangxx_razor -g -fsanitize=address %s -o %t.asan
// RUN: %clangxx_razor -g -fsanitize=leak %s -o %t.lsan
// RUN: env TRACE_SAN=1 %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_SAN=1 ASAN_OPTIONS=detect_leaks=0 %run %t.asan 2>&1 | FileCheck %s
// RUN: env TRACE_SAN=1 LSAN_OPTIONS=detect_leaks=0 %run %t.lsan 2>&1 | FileCheck %s
#include <cstdio>
#include <razortrace.h>
#include <string>
#include <vector>

static std::vector<std::string> keep;

RAZOR_PROBE("TRACE_SAN") void probe(int i) {
  std::string s(48, (char)('a' + i % 26));
  keep.push_back(std::move(s));
}

int main() {
  keep.reserve(1000);
  for (int i = 0; i < 100; i++)
    probe(i);
  printf("%zu\n", keep.size());
  return 0;
}
// CHECK-NOT: another free()
// CHECK: razortrace: probe probe(int) (trigger TRACE_SAN) in {{.*}}sanitizer-stdlib.cpp:15 — 100 calls sampled
// CHECK-NEXT: sanitizer-stdlib.cpp line: 16 column: 15 function: probe(int) command: std::string s(48, (char)('a' + i % 26));
// CHECK-NEXT: • average kb per call: 0.0479   • total kb: 4.7852   • blocks: 100
// CHECK: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s)
