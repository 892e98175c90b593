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
static long kept_if_leak(std::unique_ptr<Node> &, std::unique_ptr<int[]> &, std::unique_ptr<Node> &, std::shared_ptr<Node> &, long);
RAZOR_PROBE("TRACE_SMART") long scratch(int i) {
  auto u = std::make_unique<Node>();
  auto arr = std::make_unique<int[]>(100 + i);
  auto s = std::make_shared<Node>();
  s->next = std::make_shared<Node>();
  std::shared_ptr<Node> alias = s->next;
  std::unique_ptr<Node> raw(new Node());
  long r = u->payload[0] + arr[i] + alias->payload[1] + raw->payload[2];
  return kept_if_leak(u, arr, raw, s, r);
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

/* Returns R; with -DLEAK it first keeps everything the call made (the
 * unique_ptrs' blocks released, the shared_ptr and its next held). */
static long kept_if_leak(std::unique_ptr<Node> &u, std::unique_ptr<int[]> &arr,
                         std::unique_ptr<Node> &raw, std::shared_ptr<Node> &s,
                         long r) {
#ifdef LEAK
  static std::shared_ptr<Node> held[20];
  static int nheld;
  (void)u.release();
  (void)arr.release();
  (void)raw.release();
  held[nheld++] = s;
#else
  (void)u, (void)arr, (void)raw, (void)s;
#endif
  return r;
}
// CHECK-NOT: line:
// CHECK: razortrace: no growing allocation sites (1 probe(s), 20 call(s) sampled)
// CHECK-NOT: line:

// KEEP: razortrace: probe keep() (trigger TRACE_KEEP) in {{.*}}smart-pointers.cpp:26 — 20 calls sampled
// KEEP-NEXT: {{.*}}smart-pointers.cpp line: 28 column: 18 function: keep() command: kept.push_back(std::make_shared<Node>());
// KEEP-NOT: line:
// KEEP: razortrace: SUMMARY: 1 growing site(s)

// The same calls keeping everything they made (-DLEAK) are reported at every
// line that made something: the verdict above is not for want of tracking.
// RUN: %clangxx_razor -std=c++17 -DLEAK %s -o %t.leak
// RUN: env TRACE_SMART=1 %run %t.leak 2>&1 | FileCheck --check-prefix=LEAK %s
// LEAK: razortrace: probe scratch(int) (trigger TRACE_SMART) in {{.*}}smart-pointers.cpp:14 — 20 calls sampled
// LEAK-NEXT: {{.*}}smart-pointers.cpp line: 16 column: 14 function: scratch(int) command: auto arr = std::make_unique<int[]>(100 + i);
// LEAK-NEXT: • average kb per call: 0.4277   • total kb: 8.5547   • blocks: 20
// LEAK-NEXT: {{.*}}smart-pointers.cpp line: 17 column: 12 function: scratch(int) command: auto s = std::make_shared<Node>();
// LEAK-NEXT: • average kb per call: 0.0938   • total kb: 1.8750   • blocks: 20
// LEAK-NEXT: {{.*}}smart-pointers.cpp line: 18 column: 13 function: scratch(int) command: s->next = std::make_shared<Node>();
// LEAK-NEXT: • average kb per call: 0.0938   • total kb: 1.8750   • blocks: 20
// LEAK-NEXT: {{.*}}smart-pointers.cpp line: 15 column: 12 function: scratch(int) command: auto u = std::make_unique<Node>();
// LEAK-NEXT: • average kb per call: 0.0781   • total kb: 1.5625   • blocks: 20
// LEAK-NEXT: {{.*}}smart-pointers.cpp line: 20 column: 29 function: scratch(int) command: std::unique_ptr<Node> raw(new Node());
// LEAK-NEXT: • average kb per call: 0.0781   • total kb: 1.5625   • blocks: 20
// LEAK-NEXT: razortrace: SUMMARY: 5 growing site(s) in 1 probe(s), 15.4297 kb retained
