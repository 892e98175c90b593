// razor-report merge: the per-pid reports of a forked server (output=%p) and the reports of a test suite's binaries (two programs appending to one file) become one report: probes matched by function and file, sites by file:line:column, each process's samples kept apart ("processes"), findings unioned, totals summed; bad input mixed in (not JSON, a future "razortrace" version, a truncated last line, a report with a wrong type) gets one line naming file and line, and the rest is merged (exit 1).
// RUN: %clang_razor -g %S/Inputs/leaky.c -o %t
// RUN: rm -rf %t.d && mkdir -p %t.d
// Parent and two children: handle is called 10 times in the parent, 10 and 20 in the children.
// RUN: env TRACE_HANDLE=1 FORK=2 %env_razor_opts=format=json:output=%t.d/run-%%p.jsonl %run %t 10
// RUN: ls %t.d | count 3
// RUN: %razor_report merge %t.d/run-*.jsonl > %t.merged.jsonl
// RUN: %jsonl < %t.merged.jsonl | FileCheck %s --check-prefix=FORK
// FORK: report 0: razortrace = 1
// FORK-NEXT: report 0: pids = [{{[0-9]+}}, {{[0-9]+}}, {{[0-9]+}}]
// FORK-NEXT: report 0: probes[0].function = "handle"
// FORK: report 0: probes[0].calls = 40
// FORK-NEXT: report 0: probes[0].sites[0].file = "{{.*}}leaky.c"
// FORK-NEXT: report 0: probes[0].sites[0].line = 28
// FORK: report 0: probes[0].sites[0].processes[0].pid =
// FORK: report 0: probes[0].sites[0].processes[1].pid =
// FORK: report 0: probes[0].sites[0].processes[2].pid =
// FORK: report 0: probes[0].verdict = "growing"
// FORK: report 0: probes[0].processes[2].calls =
// FORK: jsonl: 1 report(s)
// The merged report reads back: as text, one probe over three processes.
// RUN: %razor_report text %t.merged.jsonl | FileCheck %s --check-prefix=TEXT
// TEXT: razortrace: probe handle (trigger TRACE_HANDLE) in {{.*}}leaky.c:{{[0-9]+}} — 40 calls sampled in 3 processes
// TEXT-NEXT: {{.*}}leaky.c line: 28 column: 21 function: handle command: names[nnames++] = strdup(name); /* kept: the leak */
//
// A test suite's binaries: two programs (one leaking more) append to one
// file; merged, the union of their findings.
// RUN: %clang_razor -g %S/Inputs/leaky.c -o %t.second
// RUN: rm -f %t.suite.jsonl
// RUN: env TRACE_HANDLE=1 %env_razor_opts=format=json:output=%t.suite.jsonl %run %t 12
// RUN: env TRACE_HANDLE=1 LEAK_FILES=1 %env_razor_opts=format=json:output=%t.suite.jsonl %run %t.second 16
// RUN: %razor_report merge %t.suite.jsonl | %jsonl | FileCheck %s --check-prefix=SUITE
// SUITE: report 0: probes[0].function = "handle"
// SUITE: report 0: probes[0].calls = 28
// SUITE: probes[0].sites[0].line = 28
// SUITE: probes[0].sites[0].processes[1].calls = 16
// SUITE: probes[0].sites[1].line = 22
// SUITE: probes[0].sites[2].line = 32
// SUITE: probes[0].sites[2].kind = "fopen"
// SUITE: probes[0].sites[2].open = 16
// SUITE-NOT: probes[0].sites[2].processes[1]
// SUITE: jsonl: 1 report(s)
//
// Bad input mixed in: merged all the same, one line each, exit status 1.
// RUN: cp %t.suite.jsonl %t.bad.jsonl
// RUN: echo 'this is not JSON' >> %t.bad.jsonl
// RUN: echo '{"razortrace": 7, "pid": 1, "probes": []}' >> %t.bad.jsonl
// RUN: echo '{"razortrace": 1, "pid": 2, "probes": [{"function": "f", "calls": "many", "sites": []}]}' >> %t.bad.jsonl
// RUN: echo '{"pid": 3}' >> %t.bad.jsonl
// RUN: %python -c "import glob, sys; sys.stdout.write(open(sorted(glob.glob(sys.argv[1] + '/*'))[0]).read()[:100])" %t.d >> %t.bad.jsonl
// RUN: %python %S/../verdict/Inputs/exit_status.py 1 %razor_report merge %t.bad.jsonl %t.missing.jsonl %t.d/run-*.jsonl > %t.badmerge.jsonl 2> %t.err
// RUN: FileCheck %s --check-prefix=ERR -DFILE=%t.bad.jsonl < %t.err
// ERR: razor-report: [[FILE]]:3: not JSON: expected true (column 2)
// ERR-NEXT: razor-report: [[FILE]]:4: written in razortrace format 7; this razor-report reads format 1
// ERR-NEXT: razor-report: [[FILE]]:5: probes[0].calls is not an integer >= 0
// ERR-NEXT: razor-report: [[FILE]]:6: not a razortrace report (no "razortrace" key)
// ERR-NEXT: razor-report: [[FILE]]:7: truncated: the file ends inside this line's JSON
// ERR-NEXT: razor-report: {{.*}}.missing.jsonl: No such file or directory
// ERR-NOT: razor-report
// RUN: %jsonl < %t.badmerge.jsonl | FileCheck %s --check-prefix=BADMERGE
// BADMERGE: report 0: probes[0].calls = 68
// BADMERGE: jsonl: 1 report(s)
