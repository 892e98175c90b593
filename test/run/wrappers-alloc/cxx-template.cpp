// C++: a template wrapper around `new T` marked RAZOR_ALLOC (its constructor allocates too: everything the call makes is charged to it), one recognised by its shape (new of a trivial type), and a member function named by its qualified name in alloc-fn, at -O0 and -O2: each finding is the caller's line.
// RUN: %clangxx_razor -O0 -fplugin-arg-razortrace-alloc-fn=Arena::take %s -o %t0 && env TRACE_C=1 %run %t0 2>&1 | FileCheck %s
// RUN: %clangxx_razor -O2 -fplugin-arg-razortrace-alloc-fn=Arena::take %s -o %t2 && env TRACE_C=1 %run %t2 2>&1 | FileCheck %s
// RUN: env TRACE_C=1 %env_razor_opts=format=json %run %t2 2>&1 | %jsonl | FileCheck %s --check-prefix=JSON
#include <razortrace.h>
#include <cstdlib>
#include <string>
#include <vector>

struct Session {
  std::string user;
  explicit Session(int i) : user(40, char('a' + i % 26)) {}
};

template <class T, class... Args> RAZOR_ALLOC T *make(Args... args) {
  return new T(args...);
}

template <class T> T *make_plain() { return new T(); }

/* Keeps its chunks on a list of its own: a wrapper only by its name. */
class Arena {
public:
  void *take(std::size_t n) {
    void *p = std::malloc(n);
    chunks.push_back(p);
    return p;
  }
  std::vector<void *> chunks;
};

static std::vector<Session *> sessions;
static std::vector<long *> counters;
static std::vector<void *> buffers;
static Arena arena;

// CHECK: razortrace: probe request(int) (trigger TRACE_C) in {{.*}}cxx-template.cpp:[[# @LINE + 1]] — 10 calls sampled
RAZOR_PROBE("TRACE_C") void request(int i) {
  sessions.push_back(make<Session>(i));
  // CHECK-DAG: cxx-template.cpp line: [[# @LINE - 1]] column: 22 function: request(int) command: sessions.push_back(make<Session>(i));
  counters.push_back(make_plain<long>());
  // CHECK-DAG: cxx-template.cpp line: [[# @LINE - 1]] column: 22 function: request(int) command: counters.push_back(make_plain<long>());
  buffers.push_back(arena.take(64));
  // CHECK-DAG: cxx-template.cpp line: [[# @LINE - 1]] column: 27 function: request(int) command: buffers.push_back(arena.take(64));
  // JSON-DAG: via.wrapper = "Session* make<Session, int>(int)"
  // JSON-DAG: via.wrapper = "long* make_plain<long>()"
  // JSON-DAG: via.wrapper = "Arena::take(unsigned long)"
}
// The session and its string (32 + 41 bytes a call) are one finding.
// JSON-DAG: total_bytes = 730
// CHECK: SUMMARY: 3 growing site(s)

int main() {
  sessions.reserve(64);
  counters.reserve(64);
  buffers.reserve(64);
  arena.chunks.reserve(64);
  for (int i = 0; i < 10; i++)
    request(i);
  return 0;
}
