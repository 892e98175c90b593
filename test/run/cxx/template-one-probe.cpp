// Every instantiation of a template probe (a function template, a member of a class template) is one probe named after the template as written; their calls add up and the same source line is one site.
// RUN: %clangxx_razor %s -o %t
// RUN: env TRACE_TPL=1 %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <string>
#include <vector>

template <typename T> struct Box {
  std::vector<T *> items;
  RAZOR_PROBE("TRACE_TPL") void add(const T &v) { items.push_back(new T(v)); }
};

template <typename T> RAZOR_PROBE("TRACE_TPL") void keep(const T &v) {
  static std::vector<T> all;
  all.push_back(v);
}

int main() {
  Box<int> bi;
  Box<std::string> bs;
  for (int i = 0; i < 10; i++) {
    bi.add(i);
    bs.add("a string long enough to live on the heap, not inline");
    keep(i);
    keep(1.5 * i);
  }
  return 0;
}
// CHECK: razortrace: probe Box<T>::add(const T &) (trigger TRACE_TPL) in {{.*}}template-one-probe.cpp:10 — 20 calls sampled
// CHECK: template-one-probe.cpp line: 10 column: 67 function: Box<T>::add(const T &) command: RAZOR_PROBE("TRACE_TPL") void add(const T &v) { items.push_back(new T(v)); }
// CHECK-NEXT: • average kb per call: {{[0-9.]+}}   • total kb: {{[0-9.]+}}   • blocks: 20
// CHECK: razortrace: probe keep<T>(const T &) (trigger TRACE_TPL) in {{.*}}template-one-probe.cpp:13 — 20 calls sampled
// CHECK-NOT: razortrace: probe
// CHECK: razortrace: SUMMARY:
