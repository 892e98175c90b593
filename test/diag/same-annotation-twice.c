// The same razor_probe annotation on a prototype and on the definition is accepted and gives exactly one probe.
// RUN: %clang -fplugin=%plugin -fsyntax-only -Xclang -verify %s
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o %t.ll %s
// RUN: grep -c 'section "razor_probes"' %t.ll | FileCheck --check-prefix=COUNT %s
// RUN: grep -c 'call i32 @__razor_probe_enter' %t.ll | FileCheck --check-prefix=COUNT %s
// COUNT: {{^}}1{{$}}
// expected-no-diagnostics

__attribute__((annotate("razor_probe:TRACE_S,traceback,clear"))) int store(int v);
__attribute__((annotate("razor_probe:TRACE_S,traceback,clear"))) int store(int v);
// The same options in another order, and the default 'strict' spelled out, mean the same probe.
__attribute__((annotate("razor_probe:TRACE_S,clear,traceback,strict"))) int store(int v) { return v; }
