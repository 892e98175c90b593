// With a C++ probe traced, the program's stdout (iostream and stdio, with containers and strings) is byte for byte what a plain clang++ build prints.
// RUN: %clangxx %s -I%include -o %t.plain
// RUN: %clangxx_razor %s -o %t.razor
// RUN: env TRACE_OUT=1 %run %t.plain > %t.plain.out 2> %t.plain.err
// RUN: env TRACE_OUT=1 %run %t.razor > %t.razor.out 2> %t.razor.err
// RUN: diff %t.plain.out %t.razor.out
// RUN: count 0 < %t.plain.err
// RUN: FileCheck %s --input-file %t.razor.err
#include <razortrace.h>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <vector>

static std::vector<std::string> lines;
static std::map<std::string, int> counts;

RAZOR_PROBE("TRACE_OUT") void log_line(int i) {
  std::string word = i % 3 ? "fizz" : "buzz";
  lines.push_back("line " + std::to_string(i) + ": " + word + std::string(i % 7, '!'));
  counts[word]++;
  std::cout << lines.back() << '\n';
  std::printf("%d\n", i);
}

int main() {
  std::ios::sync_with_stdio(true);
  for (int i = 0; i < 200; i++)
    log_line(i);
  for (auto &kv : counts)
    std::cout << kv.first << '=' << kv.second << std::endl;
  std::cout << "no newline at the end";
  return 0;
}
// CHECK: razortrace: probe log_line(int) (trigger TRACE_OUT) in {{.*}} — 200 calls sampled
// CHECK: command: lines.push_back(
