// format=sarif and razor-report sarif write SARIF 2.1.0 that validates against the OASIS JSON schema (Inputs/sarif-schema-2.1.0.json, python3-jsonschema): one result per finding, the file relative to the source root (SRCROOT), line, column and the source line, the allocation stack; the fingerprint (file, function and source text) stays the same when lines are inserted above the sites.
// REQUIRES: jsonschema
// The same source with three lines inserted at the top, in a second tree.
// RUN: rm -rf %t.dir %t.dir2 && mkdir -p %t.dir/src %t.dir2/src && cp %S/Inputs/leaky.c %t.dir/src/leaky.c
// RUN: %python -c "import sys; t = open(sys.argv[1]).read(); open(sys.argv[2], 'w').write('/* one */\n/* two */\n/* three */\n' + t)" %S/Inputs/leaky.c %t.dir2/src/leaky.c
// RUN: cd %t.dir && %clang_razor -g src/leaky.c -o leaky
// RUN: cd %t.dir2 && %clang_razor -g src/leaky.c -o leaky
// RUN: cd %t.dir && env TRACE_HANDLE=1 LEAK_FILES=1 %env_razor_opts=format=sarif:output=%t.dir/a.sarif %run ./leaky 24
// RUN: cd %t.dir2 && env TRACE_HANDLE=1 LEAK_FILES=1 %env_razor_opts=format=sarif:output=%t.dir/b.sarif %run ./leaky 24
// RUN: %python %S/Inputs/sarif_check.py %S/Inputs/sarif-schema-2.1.0.json %t.dir/a.sarif %t.dir/b.sarif | FileCheck %s
// CHECK: valid SARIF 2.1.0
// CHECK: srcroot = file://{{.*}}.dir/
// CHECK: result 0: rule = razortrace/growing-site
// CHECK-NEXT: result 0: uri = src/leaky.c (SRCROOT)
// CHECK-NEXT: result 0: line = 28 column = 21
// CHECK-NEXT: result 0: snippet = names[nnames++] = strdup(name); /* kept: the leak */
// CHECK-NEXT: result 0: fingerprint = {{[0-9a-f]+}}:0
// CHECK-NEXT: result 0: message = Memory allocated here (strdup) during calls of handle keeps growing: {{.*}} still held after 24 calls
// CHECK-NEXT: result 0: frames = {{[1-9]}}
// CHECK: result 2: line = 32 column = 21
// CHECK: message = fopen handles opened here during calls of handle keep growing: 24 open after 24 calls; kept open rose from 12 (call 12 on) to 23 at the end.
// CHECK: fingerprints: {{[1-9]}} kept, lines moved
//
// razor-report sarif on the JSON of the same run: valid too, paths relative
// to --source-root.
// RUN: cd %t.dir && env TRACE_HANDLE=1 LEAK_FILES=1 %env_razor_opts=format=json:output=%t.dir/a.jsonl %run ./leaky 24
// RUN: cd %t.dir && %razor_report sarif --source-root %t.dir a.jsonl > %t.dir/tool.sarif
// RUN: %python %S/Inputs/sarif_check.py %S/Inputs/sarif-schema-2.1.0.json %t.dir/tool.sarif | FileCheck %s --check-prefix=TOOL
// TOOL: valid SARIF 2.1.0
// TOOL: result 0: uri = src/leaky.c (SRCROOT)
// TOOL-NEXT: result 0: line = 28 column = 21
