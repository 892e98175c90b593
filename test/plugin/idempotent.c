// Running the pass again on an instrumented module changes nothing: no second hook, record or constructor.
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o %t1.ll %s
// RUN: %opt -load-pass-plugin=%pass_plugin -passes=razortrace -S %t1.ll -o %t2.ll
// RUN: grep -v '^; ModuleID' %t1.ll > %t1.body
// RUN: grep -v '^; ModuleID' %t2.ll > %t2.body
// RUN: diff %t1.body %t2.body
// RUN: grep -c 'call i32 @__razor_probe_enter' %t2.ll | FileCheck --check-prefix=ONE %s
// RUN: grep -c 'call void @__razor_probe_exit' %t2.ll | FileCheck --check-prefix=ONE %s
// RUN: grep -c 'section "razor_probes"' %t2.ll | FileCheck --check-prefix=ONE %s
// RUN: grep -c 'define linkonce_odr hidden void @razor.module_ctor' %t2.ll | FileCheck --check-prefix=ONE %s
// RUN: grep -c 'section "razor_sites"' %t2.ll | FileCheck --check-prefix=TWO %s
// ONE: {{^}}1{{$}}
// TWO: {{^}}2{{$}}
#include <stdlib.h>

__attribute__((annotate("razor_probe:TRACE_TWICE")))
void *cycle(size_t n) {
  void *p = malloc(n);
  free(p);
  return p;
}
