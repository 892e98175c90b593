// Valgrind can run a program linked with the runtime as the build installs it (librazortrace.so, RelWithDebInfo).
// REQUIRES: valgrind
// Regression test; the bug it found (now fixed): the runtime is built with clang's default DWARF 5 (DW_FORM_strx1,
// DW_FORM_addrx); valgrind 3.19 (Debian 12) cannot read it and gives up
// before the program starts ("Possibly corrupted debuginfo file ... I can't
// recover"), whatever -g the program itself uses.  Building the runtime with
// -gdwarf-4 fixes it (valgrind-memcheck.c shows the runtime is clean then).
// RUN: %clang_razor -gdwarf-4 %S/Inputs/leaky.c -o %t
// RUN: env TRACE_LEAKY=1 timeout 120 valgrind --error-exitcode=99 %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
// CHECK: razortrace: probe remember (trigger TRACE_LEAKY) in {{.*}}leaky.c:14 — 20 calls sampled
// CHECK: ERROR SUMMARY: 0 errors from 0 contexts
