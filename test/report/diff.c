// razor-report diff BASE NEW, the CI gate: exit 0 when NEW's findings are those of BASE (also after lines were inserted above the sites, and with bad input mixed in, said on stderr), 1 on a new site or one growing faster per call than the tolerance allows (--tolerance), 2 when a side holds no report; --format sarif writes NEW's report of the new and faster findings only.
// RUN: rm -rf %t.dir %t.dir2 && mkdir -p %t.dir/src %t.dir2/src && cp %S/Inputs/leaky.c %t.dir/src/leaky.c
// RUN: %python -c "import sys; t = open(sys.argv[1]).read(); open(sys.argv[2], 'w').write('/* one */\n/* two */\n' + t)" %S/Inputs/leaky.c %t.dir2/src/leaky.c
// RUN: cd %t.dir && %clang_razor -g src/leaky.c -o leaky
// RUN: cd %t.dir2 && %clang_razor -g src/leaky.c -o leaky
// RUN: cd %t.dir && env TRACE_HANDLE=1 %env_razor_opts=format=json:output=%t.dir/base.jsonl %run ./leaky 24
//
// Unchanged (another run of the same build): exit 0.
// RUN: cd %t.dir && env TRACE_HANDLE=1 %env_razor_opts=format=json:output=%t.dir/same.jsonl %run ./leaky 24
// RUN: %razor_report diff %t.dir/base.jsonl %t.dir/same.jsonl | FileCheck %s --check-prefix=SAME
// SAME: razor-report: diff: 0 new, 0 growing faster, 2 unchanged, 0 gone (tolerance 10%)
//
// Lines inserted above the site: still the same finding.
// RUN: cd %t.dir2 && env TRACE_HANDLE=1 %env_razor_opts=format=json:output=%t.dir/moved.jsonl %run ./leaky 24
// RUN: %razor_report diff %t.dir/base.jsonl %t.dir/moved.jsonl | FileCheck %s --check-prefix=SAME
//
// A new growing site: exit 1, named.
// RUN: cd %t.dir && env TRACE_HANDLE=1 LEAK_FILES=1 %env_razor_opts=format=json:output=%t.dir/new.jsonl %run ./leaky 24
// RUN: %python %S/../verdict/Inputs/exit_status.py 1 %razor_report diff %t.dir/base.jsonl %t.dir/new.jsonl | FileCheck %s --check-prefix=NEW
// NEW: razor-report: new: src/leaky.c:32:21 in handle (probe handle): 1.0 open per call: held[nheld++] = fopen("/dev/null", "r"); /* kept open */
// NEW-NEXT: razor-report: diff: 1 new, 0 growing faster, 2 unchanged, 0 gone (tolerance 10%)
//
// The same site growing faster per call (longer names): exit 1; within a
// wide enough tolerance: exit 0.
// RUN: cd %t.dir && env TRACE_HANDLE=1 NAME_PAD=0123456789012345678901234567890123456789 %env_razor_opts=format=json:output=%t.dir/faster.jsonl %run ./leaky 24
// RUN: %python %S/../verdict/Inputs/exit_status.py 1 %razor_report diff %t.dir/base.jsonl %t.dir/faster.jsonl | FileCheck %s --check-prefix=FASTER
// FASTER: razor-report: faster: src/leaky.c:28:21 in handle (probe handle): {{[0-9.]+}} -> {{[0-9.]+}} bytes per call (+{{[0-9]+}}%, tolerance 10%): names[nnames++] = strdup(name); /* kept: the leak */
// FASTER-NEXT: razor-report: diff: 0 new, 1 growing faster, 1 unchanged, 0 gone
// RUN: %razor_report diff --tolerance 500%% %t.dir/base.jsonl %t.dir/faster.jsonl | FileCheck %s --check-prefix=TOLERATED
// TOLERATED: razor-report: diff: 0 new, 0 growing faster, 2 unchanged, 0 gone (tolerance 500%)
//
// Fixed: the finding is gone, exit 0.
// RUN: %razor_report diff %t.dir/new.jsonl %t.dir/base.jsonl | FileCheck %s --check-prefix=GONE
// GONE: razor-report: diff: 0 new, 0 growing faster, 2 unchanged, 1 gone
//
// Bad lines in either side are said and passed over.
// RUN: cp %t.dir/same.jsonl %t.dir/bad.jsonl && echo '{"razortrace": 1, "pid": 1, "probes": [' >> %t.dir/bad.jsonl && echo '{"razortrace": 99}' >> %t.dir/bad.jsonl
// RUN: %razor_report diff %t.dir/base.jsonl %t.dir/bad.jsonl 2> %t.err | FileCheck %s --check-prefix=SAME
// RUN: FileCheck %s --check-prefix=BAD < %t.err
// BAD: razor-report: {{.*}}bad.jsonl:2: truncated JSON: the text ends inside the value
// BAD-NEXT: razor-report: {{.*}}bad.jsonl:3: written in razortrace format 99; this razor-report reads format 1
//
// No report on a side: exit 2.
// RUN: %python %S/../verdict/Inputs/exit_status.py 2 %razor_report diff %t.dir/missing.jsonl %t.dir/base.jsonl 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: razor-report: {{.*}}missing.jsonl: No such file or directory
// MISSING-NEXT: razor-report: diff: no report in {{.*}}missing.jsonl
//
// --format sarif: only what is new or faster.
// RUN: cd %t.dir && %python %S/../verdict/Inputs/exit_status.py 1 %razor_report diff --format sarif base.jsonl new.jsonl > %t.dir/new.sarif
// RUN: FileCheck %s --check-prefix=SARIF < %t.dir/new.sarif
// SARIF: "uri": "src/leaky.c", "uriBaseId": "SRCROOT"}, "region": {"startLine": 32
// SARIF-NOT: "startLine": 28
