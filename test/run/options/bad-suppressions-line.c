// A malformed suppressions line prints one razortrace: line naming the file and line, and leaves the program running untraced.
// RUN: %clang_razor %S/Inputs/untraced-program.c -o %t
// RUN: echo '# fine' > %t.supp
// RUN: echo 'site:a.c' >> %t.supp
// RUN: echo 'sight:b.c' >> %t.supp
// RUN: env TRACE_BAD=1 %env_razor_opts=exitcode=5:suppressions=%t.supp %python %S/Inputs/status.py %t 2>%t.err | FileCheck %s
// RUN: count 1 < %t.err
// RUN: FileCheck %s --check-prefix=ERR -DPATH=%t.supp < %t.err
// The program's output and exit status are its own, with no report.
// CHECK-NOT: {{.}}
// CHECK: {{^}}program output
// CHECK-NEXT: exit status 3
// CHECK-NOT: {{.}}

// ERR: {{^}}razortrace: RAZOR_OPTIONS: suppressions=[[PATH]]:3: expected site:FILE_GLOB[:LINE] or function:NAME_GLOB{{$}}
// With good options only the same program is traced (a report a call, one at exit), so "untraced" above is the bad option's doing:
// RUN: env TRACE_BAD=1 %env_razor_opts=exitcode=5:min_calls=2 %python %S/Inputs/status.py %t 2>&1 | FileCheck %s --check-prefix=GOOD
// GOOD-COUNT-8: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.0977 kb retained
// GOOD-NEXT: razortrace: probe leak (trigger TRACE_BAD) in {{.*}}untraced-program.c:10 — 8 calls sampled
// GOOD: • average kb per call: 0.0977   • total kb: 0.7812   • blocks: 8
// GOOD-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.7812 kb retained
// GOOD: {{^}}program output
// GOOD-NEXT: exit status 5
