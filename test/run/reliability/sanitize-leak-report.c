// When LeakSanitizer finds real leaks at exit, razortrace's exit report is still written (both tools' reports), for -fsanitize=leak and -fsanitize=address alike.
// Regression test; the bug it found (now fixed): LSan's at-exit leak check runs before razortrace's exit_report
// (razor_rtl.c, registered with atexit from do_init) and, having found
// leaks, ends the process (status 23 for LSan, 1 for ASan) without running
// the remaining handlers: razortrace's report is lost.  Possible fix:
// __sanitizer_set_death_callback, or writing the report from a handler that
// runs before the sanitizer's.
// RUN: %clang_razor -g -fsanitize=leak %S/Inputs/lost.c -o %t
// RUN: env TRACE_LEAKY=1 timeout 60 not %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
// RUN: %clang_razor -g -fsanitize=address %S/Inputs/lost.c -o %t.asan
// RUN: env TRACE_LEAKY=1 timeout 60 not %run %t.asan > %t.asan.out 2>&1
// RUN: FileCheck %s < %t.asan.out
// CHECK-DAG: razortrace: probe remember (trigger TRACE_LEAKY) in {{.*}}lost.c:13 — 20 calls sampled
// CHECK-DAG: line: 17 column: 25 function: remember command: void *volatile lost = malloc(123 + i);
// CHECK-DAG: line: 14 column: 20 function: remember command: struct node *n = malloc(sizeof *n);
// CHECK-DAG: SUMMARY: {{Address|Leak}}Sanitizer: 6971 byte(s) leaked in 21 allocation(s).
