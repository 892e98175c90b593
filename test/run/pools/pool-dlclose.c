// A library built with the plugin that registers its arena's blocks, dlopen'd, called from a probe, dlclose'd (unloaded) and loaded again: the exit report, written after the unload, still names the library's client call and its chunk's line (their records are the runtime's copies), the chunk is pool-chunk, and nothing crashes.
// RUN: %clang_razor -g -shared -fPIC %S/Inputs/pool-plugin.c -o %t.so
// RUN: %clang_razor -g %s -ldl -o %t
// RUN: env TRACE_PPLUG=1 %env_razor_opts=format=json %run %t %t.so 2>&1 >/dev/null | %jsonl | FileCheck %s
#include <dlfcn.h>
#include <razortrace.h>
#include <stdio.h>

typedef int keep_fn(int);

RAZOR_PROBE("TRACE_PPLUG,debug,min_calls=4") void call_plugin(keep_fn *fn, int i) {
  fn(i);
}
// 8 calls, 4 per load: 8 blocks of 64 bytes; 2 chunks of 2048 (one a load).
// CHECK:      probes[0].calls = 8
// CHECK:      probes[0].sites[0].file = "{{.*}}Inputs/pool-plugin.c"
// CHECK-NEXT: probes[0].sites[0].line = 13
// CHECK:      probes[0].sites[0].source = "chunk = malloc(2048);"
// CHECK-NEXT: probes[0].sites[0].kind = "pool-chunk"
// CHECK-NEXT: probes[0].sites[0].total_bytes = 4096
// CHECK:      probes[0].sites[1].file = "{{.*}}Inputs/pool-plugin.c"
// CHECK-NEXT: probes[0].sites[1].line = 18
// CHECK:      probes[0].sites[1].source = "razor_pool_alloc(&chunk, p, 64); /* one 64-byte block kept per call */"
// CHECK-NEXT: probes[0].sites[1].kind = "pool"
// CHECK-NEXT: probes[0].sites[1].total_bytes = 512
// CHECK-NEXT: probes[0].sites[1].blocks = 8
// CHECK:      probes[0].sites[1].finding = true

int main(int argc, char **argv) {
  for (int load = 0; load < 2; load++) {
    void *h = dlopen(argv[1], RTLD_NOW);
    keep_fn *fn = h ? (keep_fn *)dlsym(h, "pool_keep") : NULL;
    if (!fn)
      return 1;
    for (int i = 0; i < 4; i++)
      call_plugin(fn, i);
    dlclose(h);
  }
  printf("done\n");
  return argc != 2;
}
