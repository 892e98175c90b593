// Optimizing, a new-expression's allocation the program never uses (and a
// new/delete pair) is removed as without the plugin ([expr.new] allows it;
// clang does it for `builtin` calls): the plugin's site thunk carries the
// operator's allocation kind and family, which LLVM otherwise knows only
// by the operator's name.  Before, every `new` stayed: new[] of an
// impossible size threw where the plain program threw nothing, and a
// program counting its operator calls counted more.  LLVM 14 has no
// allockind attribute: there the allocations stay.
// UNSUPPORTED: llvm-14
// RUN: %clangxx -O2 -I%include %s -o %t.plain
// RUN: %clangxx_razor -O2 %s -o %t
// RUN: %run %t.plain > %t.plain.out
// RUN: %run %t > %t.out
// RUN: diff %t.plain.out %t.out
// RUN: FileCheck %s < %t.out
// RUN: env TRACE_ELIDE=1 %run %t 2> %t.err | FileCheck %s
// RUN: FileCheck %s --check-prefix=REPORT < %t.err
#include <razortrace.h>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

static long news, deletes;
void *operator new(std::size_t n) {
  news++;
  if (void *p = std::malloc(n ? n : 1))
    return p;
  throw std::bad_alloc();
}
void *operator new[](std::size_t n) {
  news++;
  if (void *p = std::malloc(n ? n : 1))
    return p;
  throw std::bad_alloc();
}
void operator delete(void *p) noexcept { deletes += p != nullptr; std::free(p); }
void operator delete[](void *p) noexcept { deletes += p != nullptr; std::free(p); }
void operator delete(void *p, std::size_t) noexcept { deletes += p != nullptr; std::free(p); }
void operator delete[](void *p, std::size_t) noexcept { deletes += p != nullptr; std::free(p); }

static std::vector<int *> kept;

RAZOR_PROBE("TRACE_ELIDE") void step(int i) {
  int *scratch = new int[16]; // never used: removed
  delete[] scratch;
  kept.push_back(new int(i)); // kept: stays, and is the finding
  // REPORT: new-elision.cpp line: [[# @LINE - 1]] column: 18 function: step(int)
}

int main() {
  volatile std::size_t big = std::size_t(1) << 62;
  int threw = 0;
  try {
    char *h = new char[big]; // unused: removed, so nothing throws
    delete[] h;
  } catch (const std::bad_alloc &) {
    threw = 1;
  }
  kept.reserve(64);
  long before = news;
  for (int i = 0; i < 20; i++)
    step(i);
  std::printf("threw=%d news=%ld\n", threw, news - before);
  // CHECK: threw=0 news=20
}
