// A block that code built without the plugin got from operator new says
// so: "kind" is "operator new", never "malloc" (SPEC 5), while a plain
// malloc there stays "malloc".  (libstdc++'s operator new[] is a tail call
// of its operator new, so its blocks read "operator new" too.)
// RUN: %clangxx -O1 -fPIC -shared %S/Inputs/plain-new.cpp -o %t.plain.so
// RUN: %clangxx_razor %s %t.plain.so -Wl,-rpath,%T -o %t
// RUN: env TRACE_NEW=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s
// CHECK:      report 0: probes[0].sites[0].kind = "operator new"
// CHECK:      report 0: probes[0].sites[0].via.function = "plain_keep_array()"
// CHECK:      report 0: probes[0].sites[1].kind = "operator new"
// CHECK:      report 0: probes[0].sites[1].via.function = "plain_keep_node()"
// CHECK:      report 0: probes[0].sites[2].kind = "malloc"
// CHECK:      report 0: probes[0].sites[2].via.function = "plain_keep_malloc()"
#include <razortrace.h>

void plain_keep_node();
void plain_keep_array();
void plain_keep_malloc();

RAZOR_PROBE("TRACE_NEW") void request();

void request() {
  plain_keep_node();
  plain_keep_array();
  plain_keep_malloc();
}

int main() {
  for (int i = 0; i < 10; i++)
    request();
  return 0;
}
