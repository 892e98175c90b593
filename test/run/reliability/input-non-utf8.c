// Raw non-UTF-8 bytes in a string literal on an allocation line: the JSON report still parses (bad bytes become U+FFFD, good UTF-8 is kept) and the text report shows the line.
// RUN: rm -rf %t.d && %python %S/Inputs/gen_source.py nonutf8 %t.d/bytes.c
// RUN: %clang_razor -Wno-invalid-source-encoding %t.d/bytes.c -o %t
// RUN: env TRACE_H=1 %env_razor_opts=format=json timeout 20 %run %t 2>&1 | %jsonl | FileCheck %s
// RUN: env TRACE_H=1 timeout 20 %run %t 2>&1 | FileCheck %s --check-prefix=TEXT
// CHECK: report 0: probes[0].sites[0].source = "kept[i] = strdup(\"caf� �� �( ok €\");"
// CHECK: report 0: probes[0].sites[0].blocks = 8
// CHECK: jsonl: 1 report(s)
// TEXT:  line: 6 column: 13 function: step command: kept[i] = strdup("caf
// TEXT:  • blocks: 8
