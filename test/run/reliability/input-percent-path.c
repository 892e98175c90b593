// '%' in paths is only ever data: a source file named with %p, %s and %% is reported under its own name, and an output path with % signs other than %p is used as written.
// RUN: rm -rf %t.d && %python %S/Inputs/gen_source.py plain %t.d/"dir%%s/a%%p%%s%%%%n.c"
// RUN: %clang_razor %t.d/"dir%%s/a%%p%%s%%%%n.c" -o %t
// RUN: env TRACE_H=1 %env_razor_opts=format=json timeout 20 %run %t 2>&1 | %jsonl | FileCheck %s
// RUN: env TRACE_H=1 timeout 20 %run %t 2>&1 | FileCheck %s --check-prefix=TEXT
// RUN: env TRACE_H=1 %env_razor_opts=output=%t.d/out%%s%%d%%%%.txt timeout 20 %run %t
// RUN: FileCheck %s --check-prefix=TEXT < %t.d/out%%s%%d%%%%.txt
// CHECK: report 0: probes[0].file = "{{.*}}/dir%s/a%p%s%%n.c"
// CHECK: report 0: probes[0].sites[0].file = "{{.*}}/dir%s/a%p%s%%n.c"
// CHECK: report 0: probes[0].sites[0].blocks = 8
// TEXT:      razortrace: probe step (trigger TRACE_H) in {{.*}}/dir%s/a%p%s%%n.c:5 — 8 calls sampled{{$}}
// TEXT-NEXT: {{.*}}/dir%s/a%p%s%%n.c line: 6 column: 13 function: step command: kept[i] = malloc(16);
// TEXT-NEXT: • average kb per call: 0.0156   • total kb: 0.1250   • blocks: 8
