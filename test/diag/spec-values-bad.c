// A bad warmup=, min_growth= or min_calls= is a compile error at the attribute naming the option: a missing, negative, non-numeric, too large or (min_calls) zero value, a size with another suffix, a repeat, a value on a flag, an unknown NAME=VALUE; two declarations with different values conflict.
// RUN: not %clang -fplugin="%plugin" -fsyntax-only -fno-color-diagnostics -fno-diagnostics-show-line-numbers "%s" 2>&1 | FileCheck --strict-whitespace "%s"

__attribute__((annotate("razor_probe:T,warmup=-1"))) void negative(void) {}
// CHECK: {{^}}{{.*}}spec-values-bad.c:[[@LINE-1]]:16: error: razor_probe option 'warmup=-1': '-1' is not a whole number{{$}}
// CHECK-NEXT: {{^}}__attribute__((annotate("razor_probe:T,warmup=-1"))) void negative(void) {}{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}

__attribute__((annotate("razor_probe:T,warmup="))) void empty(void) {}
// CHECK: spec-values-bad.c:[[@LINE-1]]:16: error: razor_probe option 'warmup' needs a value (warmup=N){{$}}

__attribute__((annotate("razor_probe:T,min_calls"))) void bare(void) {}
// CHECK: spec-values-bad.c:[[@LINE-1]]:16: error: razor_probe option 'min_calls' needs a value (min_calls=N){{$}}

__attribute__((annotate("razor_probe:T,warmup=3x"))) void junk(void) {}
// CHECK: spec-values-bad.c:[[@LINE-1]]:16: error: razor_probe option 'warmup=3x': '3x' is not a whole number{{$}}

__attribute__((annotate("razor_probe:T,warmup=4294967296"))) void overflow(void) {}
// CHECK: spec-values-bad.c:[[@LINE-1]]:16: error: razor_probe option 'warmup=4294967296': too large (at most 4294967295){{$}}

__attribute__((annotate("razor_probe:T,min_growth=18014398509481984KiB"))) void huge(void) {}
// CHECK: spec-values-bad.c:[[@LINE-1]]:16: error: razor_probe option 'min_growth=18014398509481984KiB': too large (at most 18446744073709551615 bytes){{$}}

__attribute__((annotate("razor_probe:T,min_growth=1KB"))) void suffix(void) {}
// CHECK: spec-values-bad.c:[[@LINE-1]]:16: error: razor_probe option 'min_growth=1KB': '1KB' is not a size (bytes, or a whole number with KiB or MiB){{$}}

__attribute__((annotate("razor_probe:T,min_calls=0"))) void zero_calls(void) {}
// CHECK: spec-values-bad.c:[[@LINE-1]]:16: error: razor_probe option 'min_calls=0': must be at least 1{{$}}

__attribute__((annotate("razor_probe:T,warmup=1, warmup=2"))) void twice(void) {}
// CHECK: spec-values-bad.c:[[@LINE-1]]:16: error: razor_probe option 'warmup' is repeated{{$}}

__attribute__((annotate("razor_probe:T,traceback=1"))) void flag_value(void) {}
// CHECK: spec-values-bad.c:[[@LINE-1]]:16: error: razor_probe option 'traceback' takes no value{{$}}

__attribute__((annotate("razor_probe:T,min_grow=1"))) void unknown(void) {}
// CHECK: spec-values-bad.c:[[@LINE-1]]:16: error: unknown razor_probe option 'min_grow=1'; expected warmup=N, min_growth=SIZE or min_calls=N{{$}}

__attribute__((annotate("razor_probe:T,min_calls=8"))) void settle(void);
__attribute__((annotate("razor_probe:T,min_calls=9"))) void settle(void) {}
// CHECK: spec-values-bad.c:[[@LINE-1]]:16: error: conflicting razor_probe annotations on 'settle': 'T,min_calls=8' and 'T,min_calls=9'{{$}}
// CHECK: spec-values-bad.c:[[@LINE-3]]:16: note: previous razor_probe annotation is here{{$}}

// CHECK: 12 errors generated.
