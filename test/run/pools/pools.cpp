// C++: an object pool and a per-request arena from a library built without the plugin (Inputs/objpool.cpp), their blocks registered with razor_pool_alloc / razor_pool_free / razor_pool_clear: the sessions a call keeps are one finding at the user's line that takes them from the pool (kind "pool", via ObjectPool::take(), 80 bytes each, exactly); objects given back within the call and the arena destroyed at the end of each call are not reported; the pool's pages (from operator new) are "pool-chunk" records of the lines whose take() needed them, never a finding, not counted again.
// RUN: %clangxx -O2 -I%include -c %S/Inputs/objpool.cpp -o %t.objpool.o
// RUN: %clangxx_razor -g -O0 -I%S/Inputs %s %t.objpool.o -o %t0
// RUN: %clangxx_razor -g -O2 -I%S/Inputs %s %t.objpool.o -o %t2
// RUN: %clangxx -g -O2 -I%include -I%S/Inputs %s %t.objpool.o -o %t.plain
// RUN: %run %t.plain > %t.plain.out
// RUN: env TRACE_CXX=1 %run %t0 > %t0.out 2> %t0.err
// RUN: FileCheck %s < %t0.err
// RUN: diff %t.plain.out %t0.out
// RUN: env TRACE_CXX=1 %run %t2 2>&1 >/dev/null | FileCheck %s
// RUN: env TRACE_CXX=1 %env_razor_opts=format=json %run %t0 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
// RUN: env TRACE_CXX=1 %env_razor_opts=format=json %run %t2 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
#include <cstdio>
#include <cstring>
#include <new>
#include <razortrace.h>

#include "objpool.hpp"

struct Session {
  Session *next;
  int id;
  char name[68];
};
static_assert(sizeof(Session) == 80, "80 bytes a session");

static ObjectPool sessions(sizeof(Session));
static Session *open_sessions;

RAZOR_PROBE("TRACE_CXX,debug") void handle(int i) {
  Arena req; // one per request: destroyed (reset) on the way out
  char *text = nullptr;
  for (int k = 0; k < 20; k++) {
    text = static_cast<char *>(req.alloc(64));
    std::snprintf(text, 64, "request %d part %d", i, k);
  }
  void *spare = sessions.take(); // given back before the call returns
  Session *s = new (sessions.take()) Session{open_sessions, i, {}}; // <--- kept
  std::strncpy(s->name, text, sizeof s->name - 1);
  open_sessions = s;
  sessions.give(spare);
}
// 40 calls keep 40 sessions of 80 bytes; with the spare, 41 at most in
// use: 3 pages of 8 + 16 + 16 * 80 = 1304 bytes, each charged to the line
// whose take() needed it (the spare's first, the kept ones' next two).
// CHECK:      razortrace: probe handle(int) (trigger TRACE_CXX) in {{.*}}pools.cpp:[[# @LINE - 16]] — 40 calls sampled
// CHECK-NEXT: pools.cpp line: [[# @LINE - 9]] column: 30 function: handle(int) command: Session *s = new (sessions.take()) Session{open_sessions, i, {}}; // <--- kept
// CHECK-NEXT:     • average kb per call: 0.0781   • total kb: 3.1250   • blocks: 40   • via: ObjectPool::take()   • finding: yes
// CHECK-NEXT: -----sizes-----
// CHECK-NEXT: 0.078 0.156 0.234 {{.*}} 3.125{{$}}
// CHECK-NEXT: pools.cpp line: [[# @LINE - 13]] column: 30 function: handle(int) command: Session *s = new (sessions.take()) Session{open_sessions, i, {}}; // <--- kept
// CHECK-NEXT:     • average kb per call: 0.0637   • total kb: 2.5469   • blocks: 2   • via: ObjectPool::take()   • pool-chunk   • finding: no
// CHECK-NEXT: -----sizes-----
// CHECK-NEXT: 0.000 {{.*}} 2.547{{$}}
// CHECK-NEXT: pools.cpp line: [[# @LINE - 18]] column: 26 function: handle(int) command: void *spare = sessions.take(); // given back before the call returns
// CHECK-NEXT:     • average kb per call: 0.0318   • total kb: 1.2734   • blocks: 1   • via: ObjectPool::take()   • pool-chunk   • finding: no
// CHECK-NEXT: -----sizes-----
// CHECK-NEXT: 1.273 {{.*}} 1.273{{$}}
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 3.1250 kb retained

// JSON:      probes[0].function = "handle(int)"
// JSON:      probes[0].sites[0].line = [[# @LINE - 24]]
// JSON:      probes[0].sites[0].kind = "pool"
// JSON-NEXT: probes[0].sites[0].total_bytes = 3200
// JSON-NEXT: probes[0].sites[0].blocks = 40
// JSON:      probes[0].sites[0].finding = true
// JSON:      probes[0].sites[0].via.function = "ObjectPool::take()"
// JSON:      probes[0].sites[1].line = [[# @LINE - 30]]
// JSON:      probes[0].sites[1].kind = "pool-chunk"
// JSON-NEXT: probes[0].sites[1].total_bytes = 2608
// JSON-NEXT: probes[0].sites[1].blocks = 2
// JSON:      probes[0].sites[1].finding = false
// JSON:      probes[0].sites[2].line = [[# @LINE - 36]]
// JSON:      probes[0].sites[2].kind = "pool-chunk"
// JSON-NEXT: probes[0].sites[2].total_bytes = 1304
// JSON-NEXT: probes[0].sites[2].blocks = 1
// JSON:      probes[0].sites[2].finding = false
// JSON-NOT:  probes[0].sites[3]
// JSON:      probes[0].verdict = "growing"

int main() {
  for (int i = 0; i < 40; i++)
    handle(i);
  int n = 0;
  for (Session *s = open_sessions; s; s = s->next)
    n++;
  std::printf("%d open, last %s, %zu pages\n", n, open_sessions->name,
              sessions.pages());
  return 0;
}
