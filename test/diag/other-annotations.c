// Annotations addressed to someone else ("other", "razor_probes:...", "razor_prober") are ignored: no diagnostic, no probe.
// RUN: %clang -fplugin=%plugin -fsyntax-only -Xclang -verify %s
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
// expected-no-diagnostics

__attribute__((annotate("other"))) void a(void) {}
__attribute__((annotate("razor_probes:x"))) void b(void) {}
__attribute__((annotate("razor_prober:1-2,,"))) void c(void) {}
__attribute__((annotate("RAZOR_PROBE:X"))) void d(void) {}
#ifdef CONTROL
__attribute__((annotate("razor_probe:X"))) void e(void) {}
#endif

// CHECK-NOT: razor_probes"
// CHECK-NOT: @__razor_probe_enter
// CHECK-NOT: @razor.module_ctor

// The same module with one real probe (-DCONTROL) has all three, so the
// absence above is not a check that could never match.
// RUN: %clang -fplugin=%plugin -DCONTROL -S -emit-llvm -o - %s | FileCheck %s --check-prefix=CONTROL
// CONTROL-DAG: section "razor_probes"
// CONTROL-DAG: call i32 @__razor_probe_enter(
// CONTROL-DAG: define {{.*}}@razor.module_ctor()
