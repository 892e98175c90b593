// Sites of an instrumented library that is dlopen'd, called from a probe, dlclose'd (really unloaded), loaded again and called again are one site: the exit report, written after the unload, still names the library's file, line, column and source text, and nothing crashes.
// RUN: %clang_razor -shared -fPIC %S/Inputs/plugin.c -o %t.so
// RUN: %clang_razor %s -ldl -o %t
// RUN: env TRACE_PLUGIN=1 %run %t %t.so 2>%t.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s --check-prefix=TEXT < %t.err
// RUN: env TRACE_PLUGIN=1 %env_razor_opts=format=json %run %t %t.so 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
#include <dlfcn.h>
#include <razortrace.h>
#include <stdio.h>

typedef int leak_fn(int);
static int calls;

// TEXT:      razortrace: probe call_plugin (trigger TRACE_PLUGIN) in {{.*}}dlopen-dlclose.c:[[# @LINE + 1]] — 8 calls sampled
RAZOR_PROBE("TRACE_PLUGIN") void call_plugin(leak_fn *fn) {
  calls += fn(calls) >= 0;
}

// 8 calls of plugin_leak, 4 per load, each keeping 48 bytes: 384 bytes.
// TEXT-NEXT: {{.*}}Inputs/plugin.c line: 10 column: 21 function: plugin_leak command: void *p = (void *)malloc(48); /* one 48-byte block kept per call */
// TEXT-NEXT:     • average kb per call: 0.0469   • total kb: 0.3750   • blocks: 8
// TEXT-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.3750 kb retained
// JSON:      report 0: probes[0].function = "call_plugin"
// JSON:      report 0: probes[0].calls = 8
// JSON-NEXT: probes[0].sites[0].file = "{{.*}}Inputs/plugin.c"
// JSON-NEXT: probes[0].sites[0].line = 10
// JSON-NEXT: probes[0].sites[0].column = 21
// JSON-NEXT: probes[0].sites[0].function = "plugin_leak"
// JSON-NEXT: probes[0].sites[0].source = "void *p = (void *)malloc(48); /* one 48-byte block kept per call */"
// JSON-NEXT: probes[0].sites[0].kind = "malloc"
// JSON-NEXT: probes[0].sites[0].total_bytes = 384
// JSON-NEXT: probes[0].sites[0].blocks = 8
// JSON-NEXT: probes[0].sites[0].average_bytes = 48.0
// JSON-NEXT: probes[0].sites[0].reclaimed = false
// JSON-NEXT: probes[0].sites[0].samples = [48, 96, 144, 192, 240, 288, 336, 384]
// JSON-NOT:  probes[0].sites[1]
// JSON:      jsonl: 1 report(s)

// Loads PATH, calls plugin_leak through the probe 4 times, unloads it and
// says whether it is really gone.
static int load_call_unload(const char *path) {
  void *lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    printf("dlopen: %s\n", dlerror());
    return 0;
  }
  leak_fn *fn = (leak_fn *)dlsym(lib, "plugin_leak");
  if (!fn)
    return 0;
  for (int i = 0; i < 4; i++)
    call_plugin(fn);
  if (dlclose(lib) != 0)
    return 0;
  void *still = dlopen(path, RTLD_NOW | RTLD_NOLOAD);
  printf("unloaded: %s\n", still ? "no" : "yes");
  if (still)
    dlclose(still);
  return 1;
}

// OUT:      unloaded: yes
// OUT-NEXT: unloaded: yes
// OUT-NEXT: 8 calls
int main(int argc, char **argv) {
  if (argc != 2)
    return 2;
  if (!load_call_unload(argv[1]) || !load_call_unload(argv[1]))
    return 1;
  printf("%d calls\n", calls);
  return 0;
}
