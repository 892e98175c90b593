// Leaks through nothrow new and aligned new (`new (std::align_val_t(64)) T`, an over-aligned type) are reported with kind "operator new" / "operator new[]".
// RUN: %clangxx_razor -std=c++17 %s -o %t
// RUN: env TRACE_NA=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s
#include <razortrace.h>
#include <new>

struct alignas(64) Line { char bytes[64]; };

static void *kept[4][20];

RAZOR_PROBE("TRACE_NA") void grab(int i) {
  kept[0][i] = new (std::nothrow) long[4];
  kept[1][i] = new (std::nothrow) long;
  kept[2][i] = new (std::align_val_t(64)) long;
  kept[3][i] = new Line;
}

int main() {
  for (int i = 0; i < 20; i++)
    grab(i);
  return 0;
}
// CHECK-DAG: probes[0].sites[{{[0-9]}}].source = "kept[0][i] = new (std::nothrow) long[4];"
// CHECK-DAG: probes[0].sites[{{[0-9]}}].source = "kept[1][i] = new (std::nothrow) long;"
// CHECK-DAG: probes[0].sites[{{[0-9]}}].source = "kept[2][i] = new (std::align_val_t(64)) long;"
// CHECK-DAG: probes[0].sites[{{[0-9]}}].source = "kept[3][i] = new Line;"
// CHECK-DAG: probes[0].sites[{{[0-9]}}].kind = "operator new[]"
// CHECK-DAG: probes[0].sites[{{[0-9]}}].total_bytes = 640
// CHECK-DAG: probes[0].sites[{{[0-9]}}].total_bytes = 1280
// RUN: env TRACE_NA=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | grep -c 'kind = "operator new"$' | FileCheck --check-prefix=THREE %s
// THREE: {{^}}3{{$}}
// RUN: env TRACE_NA=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | grep -c 'blocks = 20$' | FileCheck --check-prefix=FOUR %s
// FOUR: {{^}}4{{$}}
