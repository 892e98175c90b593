// unique_ptr and shared_ptr (make_unique, make_shared) created and released within each probe call leave no finding; kept ones are reported at the user's line.
// RUN: %clangxx_razor -std=c++17 %s -o %t
// RUN: env TRACE_SMART=1 %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_KEEP=1 %run %t 2>&1 | FileCheck --check-prefix=KEEP %s
#include <razortrace.h>
#include <memory>
#include <vector>

struct Node {
  long payload[8];
  std::shared_ptr<Node> next;
};

RAZOR_PROBE("TRACE_SMART") long scratch(int i) {
  auto u = std::make_unique<Node>();
  auto arr = std::make_unique<int[]>(100 + i);
  auto s = std::make_shared<Node>();
  s->next = std::make_shared<Node>();
  std::shared_ptr<Node> alias = s->next;
  std::unique_ptr<Node> raw(new Node());
  return u->payload[0] + arr[i] + alias->payload[1] + raw->payload[2];
}

static std::vector<std::shared_ptr<Node>> kept;

RAZOR_PROBE("TRACE_KEEP") void keep() {
  kept.reserve(100);
  kept.push_back(std::make_shared<Node>());
}

int main() {
  long sum = 0;
  for (int i = 0; i < 20; i++) {
    sum += scratch(i);
    keep();
  }
  return (int)sum;
}
// CHECK-NOT: line:
// CHECK: razortrace: no growing allocation sites (1 probe(s), 20 call(s) sampled)
// CHECK-NOT: line:

// KEEP: razortrace: probe keep() (trigger TRACE_KEEP) in {{.*}}smart-pointers.cpp:26 — 20 calls sampled
// KEEP-NEXT: {{.*}}smart-pointers.cpp line: 28 column: 18 function: keep() command: kept.push_back(std::make_shared<Node>());
// KEEP-NOT: line:
// KEEP: razortrace: SUMMARY: 1 growing site(s)
