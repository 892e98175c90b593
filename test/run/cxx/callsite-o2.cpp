// At -O2 (where the callsite is written only where it can be read) allocations inside foreign code are still charged to the user's line that called it:
// std::string's growth, inlined into the user's loop, to the `+=` line; a plain library's malloc after it called back into the user's code (which made foreign calls of its own) to the user's call of that library, not to the callback's last call.
// RUN: %clang -O2 -c %S/Inputs/plain-callback.c -o %t.lib.o
// RUN: %clangxx_razor -O2 %s %t.lib.o -o %t
// RUN: env TRACE_O2=1 %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <string>

extern "C" {
void plain_touch(int *p);
char *plain_after_callback(void (*cb)(int *), int *arg, size_t n);
}

static std::string text;
static char *kept[64];

static void callback(int *p) {
  plain_touch(p);
  plain_touch(p);
}

RAZOR_PROBE("TRACE_O2") __attribute__((noinline)) void grow(int round) {
  for (int i = 0; i < 40; i++)
    text += char('a' + (round + i) % 26);
  int calls = 0;
  kept[round] = plain_after_callback(callback, &calls, 24);
}
// CHECK: razortrace: probe grow(int) (trigger TRACE_O2) in {{.*}}callsite-o2.cpp:[[# @LINE - 6]] — 64 calls sampled
// CHECK-DAG: callsite-o2.cpp line: [[# @LINE - 5]] column: 10 function: grow(int) command: text += char('a' + (round + i) % 26);
// CHECK-DAG: callsite-o2.cpp line: [[# @LINE - 4]] column: 17 function: grow(int) command: kept[round] = plain_after_callback(callback, &calls, 24);
// CHECK-NOT: line:
// CHECK: razortrace: SUMMARY: 2 growing site(s) in 1 probe(s)

int main() {
  for (int r = 0; r < 64; r++)
    grow(r);
  return text.size() != 64 * 40;
}
