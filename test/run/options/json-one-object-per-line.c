// format=json writes each report as exactly one JSON object on one line, even when source text holds quotes and backslashes.
// RUN: %clang_razor %s -o %t
// RUN: rm -f %t.exit %t.call
// RUN: env TRACE_JSON_A=1 TRACE_JSON_B=1 %env_razor_opts=format=json:output=%t.exit %run %t
// RUN: count 1 < %t.exit
// RUN: %jsonl < %t.exit | FileCheck %s --check-prefix=EXIT
// RUN: env TRACE_JSON_A=1 %env_razor_opts=format=json:report=call:output=%t.call %run %t
// RUN: count 8 < %t.call
// RUN: %jsonl < %t.call | FileCheck %s --check-prefix=CALL
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

static char *keep[16];
static int kept;

RAZOR_PROBE("TRACE_JSON_A") void quoted(void) {
  keep[kept++] = strdup("a \"quoted\" \\ string"); /* "tab:	" */
}

RAZOR_PROBE("TRACE_JSON_B") void plain(void) {
  keep[kept++] = malloc(10);
}

int main(void) {
  for (int i = 0; i < 8; i++) {
    quoted();
    plain();
  }
  return 0;
}
// EXIT: report 0: razortrace = 1
// EXIT: report 0: probes[0].function = "quoted"
// EXIT: report 0: probes[0].sites[0].line = 18
// EXIT: report 0: probes[0].sites[0].source = "keep[kept++] = strdup(\"a \\\"quoted\\\" \\\\ string\"); /* \"tab:\t\" */"
// EXIT: report 0: probes[1].function = "plain"
// EXIT: report 0: probes[1].calls = 8
// EXIT: jsonl: 1 report(s)

// CALL: report 0: probes[0].calls = 1
// CALL: report 1: probes[0].calls = 2
// CALL: report 2: probes[0].calls = 3
// CALL: report 7: probes[0].calls = 8
// CALL: report 7: probes[0].sites[0].source = "keep[kept++] = strdup(\"a \\\"quoted\\\" \\\\ string\"); /* \"tab:\t\" */"
// CALL: jsonl: 8 report(s)
