// C++ inside a sampled probe: new and new[] (deleted later by instrumented code or by code built without the plugin, sized or not), nothrow new[], aligned new of an alignas(64) type, std::string and std::vector growth, objects made outside and deleted inside, an exception thrown through the probe: at -O0 and -O2, no crash, the program prints what its plain build prints, and every finding's figures are exact.
// RUN: %clangxx -std=c++17 -c %S/Inputs/plain-delete.cpp -o %t.del.o
// RUN: %clangxx_razor -std=c++17 %s %t.del.o -o %t
// RUN: %clangxx -std=c++17 -I%include %s %t.del.o -o %t.plain
// RUN: %run %t.plain > %t.plain.out
// RUN: env TRACE_CXX=1 %env_razor_opts=format=json %run %t > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: diff %t.plain.out %t.out
// RUN: %jsonl < %t.err | FileCheck %s
// RUN: %clangxx_razor -O2 -std=c++17 %s %t.del.o -o %t.O2
// RUN: env TRACE_CXX=1 %env_razor_opts=format=json %run %t.O2 > %t.O2.out 2> %t.O2.err
// RUN: diff %t.plain.out %t.O2.out
// RUN: %jsonl < %t.O2.err | FileCheck %s
#include <razortrace.h>
#include <cstdint>
#include <cstdio>
#include <new>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "Inputs/plain-delete.h"

#define CALLS 6
static long *a[CALLS];
static Big *b[CALLS], *made_outside[CALLS];
static int *c[CALLS], *e[CALLS];
static Aligned *d[CALLS];
static std::vector<std::string> strings;
static int misaligned;

/* min_calls=6: the six calls are judged (the figures are the point, not the
 * verdict). */
RAZOR_PROBE("TRACE_CXX,min_calls=6") void work(int i) {
  a[i] = new long[5];
  b[i] = new Big();
  c[i] = new (std::nothrow) int[3];
  d[i] = new Aligned();
  misaligned += (reinterpret_cast<std::uintptr_t>(d[i]) % 64) != 0;
  std::string t(50 + i, 'y');
  strings.push_back(std::move(t));
  std::string scratch(300, 'z'); /* gone when the call returns */
  Big *tmp = new Big();
  delete tmp;
  delete made_outside[i];
  e[i] = new int(7);
  if (i == 3)
    throw std::runtime_error("thrown through the probe");
}

int main() {
  int caught = 0;
  for (int i = 0; i < CALLS; i++) {
    made_outside[i] = i % 2 ? plain_new_big() : new Big();
    try {
      work(i);
    } catch (const std::exception &ex) {
      caught++;
      std::printf("caught: %s\n", ex.what());
    }
    if (i % 2)
      plain_delete_array(a[i]);
    if (i % 3 == 0)
      (i ? plain_delete_big : [](Big *p) { delete p; })(b[i]);
    if (i == 1)
      plain_delete_aligned(d[i]);
  }
  std::size_t chars = 0;
  for (const std::string &s : strings)
    chars += s.size();
  std::printf("caught %d, %zu strings of %zu characters, %d misaligned, e[5] = %d\n",
              caught, strings.size(), chars, misaligned, *e[5]);
  return 0;
}
// OUT:      caught: thrown through the probe
// OUT-NEXT: caught 1, 6 strings of 315 characters, 0 misaligned, e[5] = 7

// CHECK:      report 0: probes[0].calls = 6
// d: 128 bytes a call, aligned new; call 2's is deleted by plain code
// before call 3 begins, when sample 2 is taken.
// CHECK:      report 0: probes[0].sites[0].source = "d[i] = new Aligned();"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "operator new"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 640
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 5
// CHECK:      report 0: probes[0].sites[0].samples = [128, 128, 256, 384, 512, 640]
// b: 100 bytes a call; calls 1 and 4's are deleted after them, before
// their samples are taken (when the next call begins).
// CHECK:      report 0: probes[0].sites[1].source = "b[i] = new Big();"
// CHECK-NEXT: report 0: probes[0].sites[1].kind = "operator new"
// CHECK-NEXT: report 0: probes[0].sites[1].total_bytes = 400
// CHECK-NEXT: report 0: probes[0].sites[1].blocks = 4
// CHECK:      report 0: probes[0].sites[1].samples = [0, 100, 200, 200, 300, 400]
// The strings' buffers, 51 + i bytes, moved into the vector.
// CHECK:      report 0: probes[0].sites[2].source = "std::string t(50 + i, 'y');"
// CHECK:      report 0: probes[0].sites[2].total_bytes = 321
// CHECK-NEXT: report 0: probes[0].sites[2].blocks = 6
// CHECK:      report 0: probes[0].sites[2].samples = [51, 103, 156, 210, 265, 321]
// The vector's buffer: capacity 1, 2, 4, 4, 8, 8 strings of 32 bytes.
// CHECK:      report 0: probes[0].sites[3].source = "strings.push_back(std::move(t));"
// CHECK:      report 0: probes[0].sites[3].total_bytes = 256
// CHECK-NEXT: report 0: probes[0].sites[3].blocks = 1
// CHECK:      report 0: probes[0].sites[3].samples = [32, 64, 128, 128, 256, 256]
// a: 40 bytes a call; the odd calls' are deleted by plain code, in their
// own samples but the last call's (its sample is taken when it returns).
// CHECK:      report 0: probes[0].sites[4].source = "a[i] = new long[5];"
// CHECK-NEXT: report 0: probes[0].sites[4].kind = "operator new[]"
// CHECK-NEXT: report 0: probes[0].sites[4].total_bytes = 160
// CHECK-NEXT: report 0: probes[0].sites[4].blocks = 4
// CHECK:      report 0: probes[0].sites[4].samples = [40, 40, 80, 80, 120, 160]
// c: 12 bytes a call, nothrow new[].
// CHECK:      report 0: probes[0].sites[5].source = "c[i] = new (std::nothrow) int[3];"
// CHECK-NEXT: report 0: probes[0].sites[5].kind = "operator new[]"
// CHECK-NEXT: report 0: probes[0].sites[5].total_bytes = 72
// CHECK-NEXT: report 0: probes[0].sites[5].blocks = 6
// CHECK:      report 0: probes[0].sites[5].samples = [12, 24, 36, 48, 60, 72]
// e: 4 bytes a call, the throwing call's too.
// CHECK:      report 0: probes[0].sites[6].source = "e[i] = new int(7);"
// CHECK-NEXT: report 0: probes[0].sites[6].kind = "operator new"
// CHECK-NEXT: report 0: probes[0].sites[6].total_bytes = 24
// CHECK-NEXT: report 0: probes[0].sites[6].blocks = 6
// CHECK:      report 0: probes[0].sites[6].samples = [4, 8, 12, 16, 20, 24]
// CHECK-NOT:  sites[7]
// CHECK:      jsonl: 1 report(s)
