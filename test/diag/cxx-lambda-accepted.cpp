// A lambda is a probe when the annotation sits after its parameter list (before `mutable` or `->`); it compiles cleanly and gets a descriptor and hooks.
// RUN: %clangxx -fplugin=%plugin -fsyntax-only -Xclang -verify %s
// RUN: %clangxx -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
// expected-no-diagnostics

int main() {
  auto plain = [](int n) __attribute__((annotate("razor_probe:TRACE_L"))) { return n; };
  auto trailing = [](int n) __attribute__((annotate("razor_probe:TRACE_L"))) -> long { return n; };
  int total = 0;
  auto changing = [total](int n) __attribute__((annotate("razor_probe:TRACE_L"))) mutable { return total += n; };
  return plain(1) + (int)trailing(2) + changing(3);
}

// CHECK-COUNT-3: call i32 @__razor_probe_enter(
