// exitcode takes 0 (keep the program's status) or 1 to 255: 256, 257 and -1 (which the shell would see as 0, 1 and 255) are refused with one razortrace: line and the program runs untraced with its own status; 255 is used as given.
// RUN: %clang_razor %S/Inputs/untraced-program.c -o %t
// RUN: env TRACE_BAD=1 %env_razor_opts=exitcode=256 %python %S/Inputs/status.py %t 2>%t.256 | FileCheck %s
// RUN: count 1 < %t.256
// RUN: FileCheck %s --check-prefix=ERR -DVALUE=256 < %t.256
// RUN: env TRACE_BAD=1 %env_razor_opts=exitcode=257 %python %S/Inputs/status.py %t 2>%t.257 | FileCheck %s
// RUN: FileCheck %s --check-prefix=ERR -DVALUE=257 < %t.257
// RUN: env TRACE_BAD=1 %env_razor_opts=exitcode=-1 %python %S/Inputs/status.py %t 2>%t.m1 | FileCheck %s
// RUN: FileCheck %s --check-prefix=ERR -DVALUE=-1 < %t.m1
// RUN: env TRACE_BAD=1 %env_razor_opts=exitcode=255 %python %S/Inputs/status.py %t 2>%t.255 | FileCheck %s --check-prefix=USED
// RUN: FileCheck %s --check-prefix=REPORT < %t.255
// The program's output and exit status are its own, with no report.
// CHECK-NOT: {{.}}
// CHECK: {{^}}program output
// CHECK-NEXT: exit status 3
// CHECK-NOT: {{.}}

// ERR: {{^}}razortrace: RAZOR_OPTIONS: exitcode=[[VALUE]]: expected 1 to 255, or 0 to keep the program's status{{$}}

// USED: {{^}}program output
// USED-NEXT: exit status 255
// REPORT: razortrace: SUMMARY: 1 growing site(s)
