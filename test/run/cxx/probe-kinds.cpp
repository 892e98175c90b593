// new/new[] leaks in probes on a member function, a static member function, a constructor, a lambda, a function in a namespace and in an anonymous namespace are each reported under the function's readable name.
// RUN: %clangxx_razor %s -o %t
// RUN: env TRACE_K=1 %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_K=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck --check-prefix=JSON %s
#include <razortrace.h>
#include <vector>

static std::vector<int *> kept;

struct Store {
  RAZOR_PROBE("TRACE_K") void add(int n);
  RAZOR_PROBE("TRACE_K") static void add_static(int n);
  // Clang keeps the annotation on a constructor: it is a probe like any function.
  RAZOR_PROBE("TRACE_K") explicit Store(int n);
  Store() = default;
};
void Store::add(int n) { kept.push_back(new int[n]); }
void Store::add_static(int n) { kept.push_back(new int(n)); }
Store::Store(int n) { kept.push_back(new int[n + 1]); }

namespace app {
RAZOR_PROBE("TRACE_K") void grow(int n) { kept.push_back(new int(n)); }
}
namespace {
RAZOR_PROBE("TRACE_K") void hidden(int n) { kept.push_back(new int[n + 2]); }
}

int main() {
  // On a lambda the attribute goes after the parameter list.
  auto lam = [](int n) RAZOR_PROBE("TRACE_K") { kept.push_back(new int(n)); };
  kept.reserve(1000);
  Store s;
  for (int i = 1; i <= 8; i++) {
    s.add(i);
    Store::add_static(i);
    Store t(i);
    app::grow(i);
    hidden(i);
    lam(i);
  }
  return 0;
}
// CHECK: razortrace: probe Store::add(int) (trigger TRACE_K) in {{.*}}probe-kinds.cpp:17 — 8 calls sampled{{$}}
// CHECK-NEXT: probe-kinds.cpp line: 17 column: 41 function: Store::add(int) command: void Store::add(int n) { kept.push_back(new int[n]); }
// CHECK: razortrace: probe Store::add_static(int) (trigger TRACE_K) in {{.*}}probe-kinds.cpp:18 — 8 calls sampled{{$}}
// CHECK-NEXT: probe-kinds.cpp line: 18 column: 48 function: Store::add_static(int) command:
// CHECK: razortrace: probe Store::Store(int) (trigger TRACE_K) in {{.*}}probe-kinds.cpp:19 — 8 calls sampled{{$}}
// CHECK-NEXT: probe-kinds.cpp line: 19 column: 38 function: Store::Store(int) command:
// CHECK: razortrace: probe app::grow(int) (trigger TRACE_K) in {{.*}}probe-kinds.cpp:22 — 8 calls sampled{{$}}
// CHECK-NEXT: probe-kinds.cpp line: 22 column: 58 function: app::grow(int) command:
// CHECK: razortrace: probe (anonymous namespace)::hidden(int) (trigger TRACE_K) in {{.*}}probe-kinds.cpp:25 — 8 calls sampled{{$}}
// CHECK-NEXT: probe-kinds.cpp line: 25 column: 60 function: (anonymous namespace)::hidden(int) command:
// Clang names a lambda in a non-inline function $_N (not {lambda(int)#1}).
// CHECK: razortrace: probe main::$_0::operator()(int) const (trigger TRACE_K) in {{.*}}probe-kinds.cpp:30 — 8 calls sampled{{$}}
// CHECK-NEXT: probe-kinds.cpp line: 30 column: 64 function: main::$_0::operator()(int) const command:
// CHECK: razortrace: SUMMARY: 6 growing site(s) in 6 probe(s)

// new[] sites are "operator new[]", new sites "operator new".
// JSON-DAG: probes[0].sites[0].kind = "operator new[]"
// JSON-DAG: probes[1].sites[0].kind = "operator new"
// JSON-DAG: probes[2].sites[0].kind = "operator new[]"
// JSON-DAG: probes[3].sites[0].kind = "operator new"
// JSON-DAG: probes[4].sites[0].kind = "operator new[]"
// JSON-DAG: probes[5].sites[0].kind = "operator new"
