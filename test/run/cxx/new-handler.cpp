// operator new behaves as libstdc++'s with razortrace linked, traced or not (while nothing is traced its calls go straight to malloc): a request malloc cannot satisfy runs the new_handler, then throws std::bad_alloc once there is none; new of 0 bytes gives distinct blocks; delete, sized or not, releases.
// RUN: %clangxx_razor -O2 -fsized-deallocation %s -o %t
// RUN: %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_NH=1 %run %t 2>&1 | FileCheck %s
// The traced run really sampled both calls of the probe:
// RUN: env TRACE_NH=1 %run %t 2>&1 >/dev/null | FileCheck %s --check-prefix=SAMPLED
#include <razortrace.h>
#include <cstdio>
#include <new>

static int handler_calls;
static void handler() {
  handler_calls++;
  std::set_new_handler(nullptr); // the next failure throws
}

static volatile size_t huge = size_t(1) << 62;

RAZOR_PROBE("TRACE_NH") __attribute__((noinline)) void attempt(bool array) {
  handler_calls = 0;
  std::set_new_handler(handler);
  try {
    char *p = array ? new char[huge] : static_cast<char *>(::operator new(huge));
    std::printf("allocated %p\n", static_cast<void *>(p));
  } catch (const std::bad_alloc &) {
    std::printf("bad_alloc after %d handler call(s)\n", handler_calls);
  }
}
// CHECK: bad_alloc after 1 handler call(s)
// CHECK-NEXT: bad_alloc after 1 handler call(s)
// CHECK-NEXT: zero-size: distinct
// CHECK-NEXT: done
// SAMPLED: razortrace: no verdict: too few calls (1 probe(s), 2 call(s) sampled)

int main() {
  attempt(false);
  attempt(true);
  void *a = ::operator new(0), *b = ::operator new(0);
  std::printf("zero-size: %s\n", a && b && a != b ? "distinct" : "same");
  ::operator delete(a);
  ::operator delete(b, size_t(0));
  int *v = new int[4];
  delete[] v;
  std::printf("done\n");
  return 0;
}
