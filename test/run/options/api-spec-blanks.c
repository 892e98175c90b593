// razor_probe_create ignores blanks around the trigger and each option as the annotation does ("T, traceback" is a probe, its trigger "T" without blanks), and prints nothing for them.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_B=1 %env_razor_opts=report=none %run %t > %t.out 2> %t.err
// RUN: FileCheck %s < %t.out
// RUN: count 0 < %t.err
#include <razortrace.h>
#include <stdio.h>

int main(void) {
  const char *specs[] = {"T, traceback", " TRACE_B , clear ", "\tTRACE_B\t,\tnostrict\t",
                         " ,debug"};
  for (int i = 0; i < 4; i++) {
    razor_probe *p = razor_probe_create("p", specs[i]);
    int on = p ? razor_probe_begin(p) : -1;
    if (on > 0)
      razor_probe_end(p);
    printf("%d: %s, %s\n", i, p ? "probe" : "NULL",
           on < 0 ? "-" : on ? "on" : "off");
  }
  return 0;
}
// CHECK: 0: probe, off
// CHECK-NEXT: 1: probe, on
// CHECK-NEXT: 2: probe, on
// CHECK-NEXT: 3: probe, on
