// A file compiled under a relative path in another directory than the
// program's (a library's subdirectory): the JSON names its compilation
// directory ("dir"), so razor-report, run elsewhere, writes the same SARIF
// location and fingerprint as the runtime (before, the URI was the bare
// name under the reader's directory: a file that is not there) and the
// same text report, source lines read from that directory.
// RUN: rm -rf %t && mkdir -p %t/lib %t/app %t/elsewhere
// RUN: cp %s %t/lib/keep.c
// RUN: cd %t/lib && %clang_razor -O1 -DLIB -c keep.c -o keep.o
// RUN: cd %t/app && %clang_razor -O1 -DAPP -c %s -o main.o
// RUN: %clang_razor %t/app/main.o %t/lib/keep.o -o %t/app/prog
// RUN: cd %t/app && env TRACE_DIR=1 %env_razor_opts=format=json:output=%t/run.jsonl %run ./prog
// RUN: cd %t/app && env TRACE_DIR=1 %env_razor_opts=format=sarif:output=%t/run.sarif %run ./prog
// RUN: cd %t/app && env TRACE_DIR=1 %env_razor_opts=output=%t/run.txt %run ./prog
// RUN: FileCheck %s --check-prefix=JSON < %t/run.jsonl
// RUN: cd %t/elsewhere && %razor_report sarif %t/run.jsonl > %t/tool.sarif
// RUN: cd %t/elsewhere && %razor_report text %t/run.jsonl > %t/tool.txt
// RUN: %python -c "import json, sys; loc = lambda f: [(r['locations'][0]['physicalLocation']['artifactLocation'], r['partialFingerprints']) for run in json.load(open(f))['runs'] for r in run['results']]; a, b = loc(sys.argv[1]), loc(sys.argv[2]); print(a); print('same' if a == b else 'differ: %%s' %% b)" %t/run.sarif %t/tool.sarif | FileCheck %s --check-prefix=SARIF
// RUN: diff %t/run.txt %t/tool.txt
// JSON: "sites": [{"file": "keep.c", "dir": "{{.*}}/lib", "line": [[# @LINE + 11]], "column": 15, "function": "keep"
// SARIF: [({'uri': 'file://{{.*}}/lib/keep.c'}, {'razortraceSite/v1': '{{[0-9a-f]+}}:0'})]
// SARIF-NEXT: same
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

#ifdef LIB
static char *kept[64];
static int n;
void keep(const char *s) {
  kept[n++] = strdup(s);
}
#endif

#ifdef APP
void keep(const char *s);
RAZOR_PROBE("TRACE_DIR") void work(void) { keep("some text"); }
int main(void) {
  for (int i = 0; i < 20; i++)
    work();
  return 0;
}
#endif
