// Under LeakSanitizer (-fsanitize=leak, and ASan's leak check) razortrace's own tables hide nothing: the blocks a probe lost are reported as direct leaks although the tracer still records their addresses, and the blocks it keeps on a list are not.
// RUN: %clang_razor -g -fsanitize=leak %S/Inputs/lost.c -o %t
// RUN: env TRACE_LEAKY=1 timeout 60 not %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
// RUN: %clang_razor -g -fsanitize=address %S/Inputs/lost.c -o %t.asan
// RUN: env TRACE_LEAKY=1 timeout 60 not %run %t.asan > %t.asan.out 2>&1
// RUN: FileCheck %s < %t.asan.out
// CHECK:     ERROR: LeakSanitizer: detected memory leaks
// CHECK-DAG: Direct leak of 4321 byte(s) in 1 object(s) allocated from:
// CHECK-DAG: Direct leak of 2650 byte(s) in 20 object(s) allocated from:
// CHECK:     SUMMARY: {{Address|Leak}}Sanitizer: 6971 byte(s) leaked in 21 allocation(s).
