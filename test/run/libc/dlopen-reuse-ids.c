// The runtime keeps a module's site ids by record address; a module unloaded (dlclose) and another loaded where it was, with a section of records as large (the same code, its malloc on another line), must not inherit the first one's ids: each library's site is reported at its own line, with its own blocks.  (Had the second library's record read the first's id, the report would show one site at line 13 with 8 blocks, growing over all 8 calls.)
// RUN: %clang_razor -shared -fPIC -mllvm -razortrace-source-lines=0 %S/Inputs/reuse-lib.c -o %t-first.so
// RUN: %clang_razor -shared -fPIC -mllvm -razortrace-source-lines=0 -DSECOND %S/Inputs/reuse-lib.c -o %t-second.so
// RUN: llvm-readelf -S %t-first.so %t-second.so | FileCheck %s --check-prefix=SIZES
// RUN: %clang_razor %s -ldl -o %t
// RUN: env TRACE_REUSE=1 %run %t %t-first.so %t-second.so 2>%t.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s --check-prefix=TEXT < %t.err
#define _GNU_SOURCE
#include <dlfcn.h>
#include <razortrace.h>
#include <stdio.h>

typedef int leak_fn(void);

RAZOR_PROBE("TRACE_REUSE") void call_lib(leak_fn *fn) { fn(); }

int main(int argc, char **argv) {
  void *base[2] = {0, 0};
  for (int l = 0; l < 2 && l + 1 < argc; l++) {
    void *h = dlopen(argv[l + 1], RTLD_NOW | RTLD_LOCAL);
    if (!h)
      return 1;
    leak_fn *fn = (leak_fn *)dlsym(h, "lib_leak");
    Dl_info info;
    if (fn && dladdr((void *)fn, &info))
      base[l] = info.dli_fbase;
    for (int i = 0; i < 4; i++)
      call_lib(fn);
    dlclose(h);
  }
  // OUT: loaded at the same address: yes
  printf("loaded at the same address: %s\n", base[0] == base[1] ? "yes" : "no");
  return 0;
}

// The first library's site stopped growing at its unload (calls 5 to 8 keep what calls 1 to 4 made): not a finding.  The second's is, at its own line, with its own 4 blocks.
// SIZES: razor_sites PROGBITS {{[0-9a-f]+}} {{[0-9a-f]+}} 00000c 00 A
// SIZES: razor_sites PROGBITS {{[0-9a-f]+}} {{[0-9a-f]+}} 00000c 00 A
// TEXT:      razortrace: probe call_lib (trigger TRACE_REUSE) in {{.*}}dlopen-reuse-ids.c:[[# @LINE - 24]] — 8 calls sampled
// TEXT-NEXT: {{.*}}Inputs/reuse-lib.c line: 100 column: 15 function: lib_leak
// TEXT-NEXT:     • average kb per call: 0.0195   • total kb: 0.1562   • blocks: 4
// TEXT-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.1562 kb retained
