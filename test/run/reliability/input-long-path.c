// A source file in a directory nested to a path of over 3000 characters builds, runs and is reported under its full path, in text and JSON.
// DEFINE: %{seg} = aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
// DEFINE: %{deep} = %{seg}/%{seg}/%{seg}/%{seg}/%{seg}/%{seg}/%{seg}/%{seg}/%{seg}/%{seg}/%{seg}/%{seg}/%{seg}/%{seg}/%{seg}
// RUN: rm -rf %t.d && %python %S/Inputs/gen_source.py plain %t.d/%{deep}/deep.c
// RUN: %clang_razor %t.d/%{deep}/deep.c -o %t
// RUN: env TRACE_H=1 %env_razor_opts=format=json timeout 20 %run %t 2>&1 | %jsonl | FileCheck %s -DDEEP=%t.d/%{deep}/deep.c
// RUN: env TRACE_H=1 timeout 20 %run %t 2>&1 | FileCheck %s --check-prefix=TEXT -DDEEP=%t.d/%{deep}/deep.c
// CHECK: report 0: probes[0].file = "[[DEEP]]"
// CHECK: report 0: probes[0].sites[0].source = "kept[i] = malloc(16);"
// CHECK: report 0: probes[0].sites[0].blocks = 8
// TEXT:      razortrace: probe step (trigger TRACE_H) in [[DEEP]]:5 — 8 calls sampled{{$}}
// TEXT-NEXT: {{.*}}/deep.c line: 6 column: 13 function: step command: kept[i] = malloc(16);
