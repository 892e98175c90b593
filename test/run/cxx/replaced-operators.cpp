// A program's own global operator new and delete are called for its new and delete expressions, traced or not (razortrace's direct way to malloc is only for libstdc++'s operators); inside a probe the block kept is traced, charged to the new expression, as when the operators are in a file of their own.
// RUN: %clangxx_razor -O2 %s -o %t
// RUN: %run %t 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: env TRACE_REPL=1 %run %t 2>&1 | FileCheck %s --check-prefix=ON
#include <razortrace.h>
#include <cstdio>
#include <cstdlib>
#include <new>

static int news, dels;
void *operator new(size_t n) {
  news++;
  void *p = std::malloc(n ? n : 1);
  if (!p)
    throw std::bad_alloc();
  return p;
}
void operator delete(void *p) noexcept {
  dels++;
  std::free(p);
}
void operator delete(void *p, size_t) noexcept {
  dels++;
  std::free(p);
}

static int *kept[8];

RAZOR_PROBE("TRACE_REPL") __attribute__((noinline)) void step(int i) {
  int *v = new int;
  *(volatile int *)v = i;
  delete v;
  kept[i] = new int(i);
  // ON: replaced-operators.cpp line: [[# @LINE - 1]] column: 13 function: step(int) command: kept[i] = new int(i);
  // ON-NEXT: blocks: 8
}
// OFF-NOT: razortrace
// OFF: news 16 dels 8
// ON: news 16 dels 8

int main() {
  for (int i = 0; i < 8; i++)
    step(i);
  std::printf("news %d dels %d\n", news, dels);
  return 0;
}
