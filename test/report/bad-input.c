// razor-report text, html, sarif and merge on a file mixing good reports with bad lines (not JSON, a future "razortrace" format, a truncated last line): one stderr line each naming file and line, the good reports still rendered, exit status 1.
// RUN: %python %S/../verdict/Inputs/exit_status.py 1 %razor_report text %S/Inputs/bad-reports.jsonl > %t.txt 2> %t.err
// RUN: FileCheck %s --check-prefix=ERR -DFILE=%S/Inputs/bad-reports.jsonl < %t.err
// RUN: FileCheck %s --check-prefix=TEXT < %t.txt
// ERR: razor-report: [[FILE]]:2: not JSON: expected a value (column 1)
// ERR-NEXT: razor-report: [[FILE]]:3: written in razortrace format 2; this razor-report reads format 1
// ERR-NEXT: razor-report: [[FILE]]:5: truncated: the file ends inside this line's JSON
// ERR-NOT: razor-report
// TEXT: razortrace: probe text (trigger TRACE_TEXT) in tests/text.c:12 — 10 calls sampled
// TEXT-NEXT: tests/text.c line: 17 column: 14 function: text command: lines[n++] = strdup(buf);
// TEXT-NEXT: • average kb per call: 0.0391   • total kb: 0.3906   • blocks: 10
// TEXT-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.3906 kb retained
// TEXT-NEXT: razortrace: probe text
// TEXT: razortrace: SUMMARY
// TEXT-NOT: razortrace
//
// RUN: %python %S/../verdict/Inputs/exit_status.py 1 %razor_report html %S/Inputs/bad-reports.jsonl > %t.html 2> %t.err
// RUN: FileCheck %s --check-prefix=ERR -DFILE=%S/Inputs/bad-reports.jsonl < %t.err
// RUN: FileCheck %s --check-prefix=HTML < %t.html
// HTML: pid 4242
// HTML: <article class="finding">
// HTML: lines[n++] = strdup(buf);
// HTML: pid 4343
// HTML: </html>
//
// RUN: %python %S/../verdict/Inputs/exit_status.py 1 %razor_report sarif --source-root /work %S/Inputs/bad-reports.jsonl > %t.sarif 2> %t.err
// RUN: FileCheck %s --check-prefix=ERR -DFILE=%S/Inputs/bad-reports.jsonl < %t.err
// RUN: FileCheck %s --check-prefix=SARIF < %t.sarif
// SARIF: "version": "2.1.0"
// SARIF: "uri": "tests/text.c", "uriBaseId": "SRCROOT"}, "region": {"startLine": 17, "startColumn": 14, "snippet": {"text": "lines[n++] = strdup(buf);"}}
// SARIF: "uri": "tests/text.c"
//
// merge: the two good reports (two pids) as one.
// RUN: %python %S/../verdict/Inputs/exit_status.py 1 %razor_report merge %S/Inputs/bad-reports.jsonl 2> %t.err | %jsonl | FileCheck %s --check-prefix=MERGE
// RUN: FileCheck %s --check-prefix=ERR -DFILE=%S/Inputs/bad-reports.jsonl < %t.err
// MERGE: report 0: pids = [4242, 4343]
// MERGE: report 0: probes[0].calls = 20
//
// Only bad lines: nothing to merge, said, exit 1; diff cannot compare, exit 2.
// RUN: %python -c "print('{\"razortrace\": 3}')" > %t.future.jsonl
// RUN: %python %S/../verdict/Inputs/exit_status.py 1 %razor_report merge %t.future.jsonl 2>&1 | FileCheck %s --check-prefix=NONE
// NONE: razor-report: {{.*}}future.jsonl:1: written in razortrace format 3; this razor-report reads format 1
// NONE-NEXT: razor-report: merge: no report in the input
// RUN: %python %S/../verdict/Inputs/exit_status.py 2 %razor_report diff %t.future.jsonl %S/Inputs/bad-reports.jsonl 2>&1 | FileCheck %s --check-prefix=NODIFF
// NODIFF: razor-report: diff: no report in {{.*}}future.jsonl
