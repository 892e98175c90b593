// The program's own bug, a realloc of an already freed block inside a probe, is not masked: the real allocator still sees the call and aborts with glibc's own message; razortrace neither crashes first nor hangs.
// RUN: %clang_razor %S/Inputs/own-bug.c -o %t
// RUN: env TRACE_BUG=1 timeout 20 not --crash %run %t realloc-freed > %t.out 2>&1
// RUN: FileCheck %s --implicit-check-not=razortrace --implicit-check-not=survived < %t.out
// RUN: %clang -I%include %S/Inputs/own-bug.c -o %t.plain
// RUN: timeout 20 not --crash %run %t.plain realloc-freed > %t.plain.out 2>&1
// RUN: FileCheck %s --implicit-check-not=survived < %t.plain.out
// CHECK:      doing realloc-freed
// CHECK-NEXT: {{^}}free(): double free detected in tcache 2{{$}}
