// C++: template wrappers around `new T` marked RAZOR_ALLOC, inlined at -O2 into a caller whose calls may throw (invokes, a landing pad), are reported as when kept out of line (-O0): the object and what its constructor allocates (std::string's buffer, made in a system header) are one finding at the caller's line; a wrapper calling another (make_pair_of on make) names the outer call.
// RUN: %clangxx_razor -O0 %s -o %t0 && env TRACE_T=1 %run %t0 2>&1 | FileCheck %s
// RUN: %clangxx_razor -O2 %s -o %t2 && env TRACE_T=1 %run %t2 2>&1 | FileCheck %s
// RUN: env TRACE_T=1 %env_razor_opts=format=json %run %t2 2>&1 | %jsonl | FileCheck %s --check-prefix=JSON
// RUN: %clangxx_razor -O2 -c -o /dev/null -mllvm -stats %s 2>&1 | FileCheck %s --check-prefix=STATS
// STATS: {{[1-9][0-9]*}} razortrace {{ *}}- Allocation calls of inlined wrappers given their wrapper call's record
#include <razortrace.h>
#include <string>
#include <vector>

struct Node {
  Node *next;
  long value;
};

struct Session {
  std::string user;
  explicit Session(int i) : user(40, char('a' + i % 26)) {}
};

template <class T, class... Args> RAZOR_ALLOC T *make(Args... args) {
  return new T(args...);
}

template <class T> RAZOR_ALLOC T **make_pair_of() {
  T **two = new T *[2];
  two[0] = make<T>();
  two[1] = make<T>();
  return two;
}

static std::vector<Node *> nodes;
static std::vector<Session *> sessions;
static std::vector<Node **> pairs;

// CHECK: razortrace: probe request(int) (trigger TRACE_T) in {{.*}}inlined-template.cpp:[[# @LINE + 1]] — 10 calls sampled
RAZOR_PROBE("TRACE_T") void request(int i) {
  std::string label(30, 'x'); // a landing pad: the calls below are invokes
  nodes.push_back(make<Node>());
  sessions.push_back(make<Session>(i));
  pairs.push_back(make_pair_of<Node>());
  label += char('0' + i);
}
// CHECK-NEXT: inlined-template.cpp line: [[# @LINE - 4]] column: 22 function: request(int) command: sessions.push_back(make<Session>(i));
// CHECK-NEXT:     • average kb per call: 0.0713   • total kb: 0.7129   • blocks: 20   • via: wrapper Session* make<Session, int>(int), {{.*}}
// CHECK-NEXT: inlined-template.cpp line: [[# @LINE - 5]] column: 19 function: request(int) command: pairs.push_back(make_pair_of<Node>());
// CHECK-NEXT:     • average kb per call: 0.0469   • total kb: 0.4688   • blocks: 30   • via: wrapper Node** make_pair_of<Node>(), {{.*}}
// CHECK-NEXT: inlined-template.cpp line: [[# @LINE - 9]] column: 19 function: request(int) command: nodes.push_back(make<Node>());
// CHECK-NEXT:     • average kb per call: 0.0156   • total kb: 0.1562   • blocks: 10   • via: wrapper Node* make<Node>(), {{.*}}
// CHECK-NEXT: razortrace: SUMMARY: 3 growing site(s) in 1 probe(s), 1.3379 kb retained
// JSON-DAG: via.wrapper = "Session* make<Session, int>(int)"
// JSON-DAG: via.wrapper = "Node** make_pair_of<Node>()"
// JSON-DAG: via.wrapper = "Node* make<Node>()"
// JSON-DAG: total_bytes = 730
// JSON-DAG: total_bytes = 480
// JSON-DAG: total_bytes = 160

int main() {
  nodes.reserve(64);
  sessions.reserve(64);
  pairs.reserve(64);
  for (int i = 0; i < 10; i++)
    request(i);
  return 0;
}
