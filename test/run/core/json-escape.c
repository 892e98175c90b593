// Source text with quotes, backslashes and UTF-8 is escaped in JSON: the report parses and its "source" decodes to the exact line.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_ESC=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s
// RUN: env TRACE_ESC=1 %env_razor_opts=format=json %run %t 2>&1 | %python %S/Inputs/source-roundtrip.py %s | FileCheck %s --check-prefix=SAME
#include <razortrace.h>
#include <string.h>

static char *kept[10];

RAZOR_PROBE("TRACE_ESC") void quote(int i) {
  kept[i] = strdup("a \"quoted\" C:\\dir\\ and\ta tab"); /* café ☕ */
// CHECK: report 0: probes[0].sites[0].source = "kept[i] = strdup(\"a \\\"quoted\\\" C:\\\\dir\\\\ and\\ta tab\"); /* café ☕ */"
// SAME: line [[# @LINE - 2]]: same
}

int main(void) {
  for (int i = 0; i < 10; i++)
    quote(i);
  return 0;
}
// CHECK: jsonl: 1 report(s)
