// The "via" of a block allocated behind a call through a pointer names the function the pointer reached when it is of the program's own module (built without the plugin: only the symbol table names it, at report time), not the allocation function; a pointer to malloc itself says malloc; a virtual call into code whose operator new allocated says "operator new", not the symbol _Znwm.  Text and JSON.
// RUN: %clangxx -O0 -c %S/Inputs/plain-targets.cpp -o %t.plain.o
// RUN: %clangxx_razor -O2 %s %t.plain.o -o %t
// RUN: env TRACE_VT=1 %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_VT=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck --check-prefix=JSON %s
#include <cstdio>
#include <cstdlib>
extern "C" void *plain_make(size_t n);
struct Base {
  virtual int *make() = 0;
  virtual ~Base() {}
};
Base *plain_impl();

void *(*volatile hook)(size_t) = plain_make;
void *(*volatile raw)(size_t) = malloc;
static void *kept[300];
static int n;

__attribute__((annotate("razor_probe:TRACE_VT"))) void work(Base *b) {
  kept[n++] = hook(24);
  kept[n++] = raw(40);
  kept[n++] = b->make();
}

int main() {
  Base *b = plain_impl();
  for (int i = 0; i < 50; i++)
    work(b);
  printf("%d\n", n);
  return 0;
}
// CHECK-DAG: via-pointer-target.cpp line: [[# @LINE - 12]] column: 15 function: work(Base*) command: kept[n++] = hook(24);
// CHECK-DAG: blocks: 50   • via: plain_make{{$}}
// CHECK-DAG: via-pointer-target.cpp line: [[# @LINE - 13]] column: 15 function: work(Base*) command: kept[n++] = raw(40);
// CHECK-DAG: blocks: 50   • via: malloc{{$}}
// CHECK-DAG: via-pointer-target.cpp line: [[# @LINE - 14]] column: 18 function: work(Base*) command: kept[n++] = b->make();
// CHECK-DAG: blocks: 50   • via: operator new{{$}}
// JSON-DAG: .via.function = "plain_make"
// JSON-DAG: .via.function = "malloc"
// JSON-DAG: .via.function = "operator new"
