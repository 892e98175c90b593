// A std::map gaining an entry per call is reported at the user's insertion line (the node is allocated inside <map>); a std::unordered_map that fills and is then cleared within the call leaves no finding under strict.
// RUN: %clangxx_razor %s -o %t
// RUN: env TRACE_MAP=1 %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_UMAP=1 %run %t 2>&1 | FileCheck --check-prefix=UMAP %s
// RUN: env TRACE_MAP=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck --check-prefix=JSON %s
#include <razortrace.h>
#include <map>
#include <unordered_map>

static std::map<int, long> index_of;
static std::unordered_map<int, long> scratch;

RAZOR_PROBE("TRACE_MAP") void record(int key) {
  index_of.emplace(key, key * 2L);
}
// CHECK: razortrace: probe record(int) (trigger TRACE_MAP) in {{.*}}map-insert.cpp:13 — 50 calls sampled
// CHECK-NEXT: map-insert.cpp line: 14 column: 12 function: record(int) command: index_of.emplace(key, key * 2L);
// CHECK: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s)

// JSON: probes[0].sites[0].line = 14
// JSON: probes[0].sites[0].kind = "operator new"
// JSON: probes[0].sites[0].blocks = 50
// JSON: probes[0].sites[0].via.file = "{{.*}}new_allocator.h"

static int first_key; // -DKEEP: every call's keys are new

RAZOR_PROBE("TRACE_UMAP") long batch(int n) {
  for (int i = 0; i < n; i++)
    scratch[first_key + i] = i;
  long sum = 0;
  for (auto &kv : scratch)
    sum += kv.second;
#ifdef KEEP
  first_key += n;
#else
  scratch.clear();
#endif
  return sum;
}
// The bucket array stays allocated after clear(), but at the same size every call: flat, not growing.
// UMAP-NOT: line:
// UMAP: razortrace: no growing allocation sites (1 probe(s), 50 call(s) sampled)
// The same map kept instead of cleared, with new keys every call (-DKEEP), is
// reported at the insertion line: the verdict above is not for want of
// tracking inside <unordered_map>.
// RUN: %clangxx_razor -DKEEP %s -o %t.keep
// RUN: env TRACE_UMAP=1 %run %t.keep 2>&1 | FileCheck --check-prefix=KEEP %s
// KEEP: razortrace: probe batch(int) (trigger TRACE_UMAP) in {{.*}}map-insert.cpp:27 — 50 calls sampled
// KEEP-NEXT: {{.*}}map-insert.cpp line: 29 column: 5 function: batch(int) command: scratch[first_key + i] = i;
// KEEP-NEXT: • average kb per call: 3.1386   • total kb: 156.9297   • blocks: 5001
// KEEP-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 156.9297 kb retained

int main() {
  long sum = 0;
  for (int i = 0; i < 50; i++) {
    record(i);
    sum += batch(100);
  }
  return sum == 0;
}
