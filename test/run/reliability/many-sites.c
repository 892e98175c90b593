// A hundred thousand allocation sites in one program: the runtime registers them all, keeps memory proportional, and the report finds exactly the one site that grows.
// RUN: %python %S/Inputs/gen-sites.py 100000 77777 > %t.c
// RUN: %clang_razor -O0 %t.c -o %t
// RUN: env TRACE_SITES=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s
// CHECK: report 0: probes[0].function = "all"
// CHECK: report 0: probes[0].calls = 3
// CHECK-NEXT: report 0: probes[0].sites[0].file = "{{.*}}many-sites.c.tmp.c"
// CHECK: report 0: probes[0].sites[0].source = "keep[77777] = malloc(1); /* site 77777 */"
// CHECK: report 0: probes[0].sites[0].total_bytes = 3
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 3
// CHECK-NOT: probes[0].sites[1]
// CHECK: jsonl: 1 report(s)
