// A suppressions line with an empty file glob and a line ("site::84") is refused like "site:" alone: one razortrace: line naming the file and line, the program runs on untraced.
// Regression test; the bug it found (now fixed): load_suppressions (runtime/razor_flags.c) checks line[5] before it
// splits off ":LINE", so "site::84" becomes a suppression with an empty
// glob (it can never match) instead of an error.  Found by
// test/fuzz/suppressions_fuzzer.c.
// RUN: %clang_razor %S/../options/Inputs/untraced-program.c -o %t
// RUN: echo 'site:a.c' > %t.supp
// RUN: echo 'site::84' >> %t.supp
// RUN: env TRACE_BAD=1 %env_razor_opts=suppressions=%t.supp %python %S/../options/Inputs/status.py %t 2>%t.err | FileCheck %s
// RUN: count 1 < %t.err
// RUN: FileCheck %s --check-prefix=ERR -DPATH=%t.supp < %t.err
// CHECK: {{^}}program output
// CHECK-NEXT: exit status 3
// ERR: {{^}}razortrace: RAZOR_OPTIONS: suppressions=[[PATH]]:2: expected site:FILE_GLOB[:LINE] or function:NAME_GLOB{{$}}
// With good options only the same program is traced (a report a call, one at exit), so "untraced" above is the bad option's doing:
// RUN: env TRACE_BAD=1 %env_razor_opts=exitcode=5:min_calls=2 %python %S/../options/Inputs/status.py %t 2>&1 | FileCheck %s --check-prefix=GOOD
// GOOD-COUNT-8: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.0977 kb retained
// GOOD-NEXT: razortrace: probe leak (trigger TRACE_BAD) in {{.*}}untraced-program.c:10 — 8 calls sampled
// GOOD: • average kb per call: 0.0977   • total kb: 0.7812   • blocks: 8
// GOOD-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.7812 kb retained
// GOOD: {{^}}program output
// GOOD-NEXT: exit status 5
