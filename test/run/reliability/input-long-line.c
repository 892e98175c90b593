// An allocation on a source line of 3 MB: the program builds and runs, the report comes out with the site and a parseable JSON source text, in text and JSON.
// RUN: rm -rf %t.d && %python %S/Inputs/gen_source.py longline %t.d/long.c
// RUN: %clang_razor %t.d/long.c -o %t
// RUN: env TRACE_H=1 %env_razor_opts=format=json timeout 20 %run %t > %t.json 2>&1
// RUN: %jsonl < %t.json | FileCheck %s
// RUN: env TRACE_H=1 timeout 20 %run %t 2>&1 | FileCheck %s --check-prefix=TEXT
// CHECK: report 0: probes[0].sites[0].line = 6
// CHECK: report 0: probes[0].sites[0].source = "kept[i] = malloc(16); /* xxxx
// CHECK: report 0: probes[0].sites[0].blocks = 8
// CHECK: jsonl: 1 report(s)
// TEXT:  line: 6 column: 13 function: step command: kept[i] = malloc(16);
// TEXT:  • blocks: 8
