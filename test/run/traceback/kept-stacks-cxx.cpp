// C++, with and without -g: one allocation site (a helper's `new`) reached from a caller whose items are deleted and one whose items are kept; the report shows only the kept caller's stack, and frame names read as the plugin names sites and probes (std::string, no std::__cxx11::, no "> >"), so the probe's frame and its header carry the same name.
// RUN: %clangxx_razor -g -O1 %s -o %t-g
// RUN: env TRACE_CX=1 %run %t-g 2>&1 | FileCheck %s --check-prefixes=CHECK,DEBUG
// RUN: %clangxx_razor -O1 %s -o %t-nog
// RUN: env TRACE_CX=1 %run %t-nog 2>&1 | FileCheck %s --check-prefixes=CHECK,NODEBUG
#include <razortrace.h>
#include <map>
#include <string>

struct Item {
  std::string name;
  Item *next;
};
static Item *kept;

namespace store {
template <class T> struct Box {
  __attribute__((noinline)) Item *make(const std::string &s, T) {
    return new Item{s, nullptr}; // make-line
  }
};
__attribute__((noinline)) Item *new_item(const std::string &s) {
  Box<int> b;
  return b.make(s, 1);
}
__attribute__((noinline)) void add_kept(const std::string &s) {
  Item *i = new_item(s); // kept-line
  i->next = kept;
  kept = i;
}
__attribute__((noinline)) void add_temp(const std::string &s) {
  delete new_item(s); // temp-line
}
} // namespace store

RAZOR_PROBE("TRACE_CX,traceback") void handle(const std::map<std::string, int> &m) {
  store::add_temp("a temporary string, long enough to be allocated");
  store::add_kept("a kept string, long enough to be allocated too");
}

int main() {
  std::map<std::string, int> m;
  for (int i = 0; i < 20; i++)
    handle(m);
}
// CHECK:      razortrace: probe [[PROBE:handle\(std::map<std::string, int> const&\)]] (trigger TRACE_CX)
// CHECK:      kept-stacks-cxx.cpp line: 19 column: 12 function: store::Box<T>::make command: return new Item{s, nullptr}; // make-line
// CHECK:      -----trace-----
// CHECK-NEXT: stacks recorded for 16 of 20 retained blocks
// CHECK-NEXT: stack 1 of 1: {{.*}} in 16 blocks
// CHECK-NEXT: {{^}}    #0 store::Box<T>::make {{.*}}kept-stacks-cxx.cpp:19{{$}}
// DEBUG-NEXT: {{^}}    #1 store::new_item(std::string const&) {{.*}}kept-stacks-cxx.cpp:24 command: return b.make(s, 1);{{$}}
// DEBUG-NEXT: {{^}}    #2 store::add_kept(std::string const&) {{.*}}kept-stacks-cxx.cpp:27 command: Item *i = new_item(s); // kept-line{{$}}
// DEBUG-NEXT: {{^}}    #3 [[PROBE]] {{.*}}kept-stacks-cxx.cpp:38 command: store::add_kept("a kept string, long enough to be allocated too");{{$}}
// DEBUG-NEXT: {{^}}    #4 main {{.*}}kept-stacks-cxx.cpp:44 command: handle(m);{{$}}
// NODEBUG-NEXT: {{^}}    #1 store::new_item(std::string const&) {{.*}}kept-stacks-cxx.cpp:22 command: __attribute__((noinline)) Item *new_item(const std::string &s) {{[{]}}{{$}}
// NODEBUG-NEXT: {{^}}    #2 store::add_kept(std::string const&) {{.*}}kept-stacks-cxx.cpp:26 command: __attribute__((noinline)) void add_kept(const std::string &s) {{[{]}}{{$}}
// NODEBUG-NEXT: {{^}}    #3 [[PROBE]] {{.*}}kept-stacks-cxx.cpp:36 command: RAZOR_PROBE("TRACE_CX,traceback") void handle(const std::map<std::string, int> &m) {{[{]}}{{$}}
// NODEBUG-NEXT: {{^}}    #4 main {{.*}}kept-stacks-cxx.cpp:41 command: int main() {{[{]}}{{$}}
// CHECK-NOT:  add_temp
// CHECK:      razortrace: SUMMARY
