// A call of another file's function by entry name (test/plugin/entries.c) through which an exception passes: with that file built without the plugin the call goes through the caller's thunk, the exception unwinds through it to the caller's catch, the program runs as its plain build, and what the other file keeps is charged to the call's line; built with the plugin, the call goes straight to the function and its own lines are named.
// RUN: %clangxx -O2 -c %S/Inputs/entries-throw-lib.cpp -o %t.plain.o
// RUN: %clangxx_razor -O2 %s %t.plain.o -o %t
// RUN: env TRACE_THROW=1 %run %t 2>&1 | FileCheck --check-prefix=PLAIN %s
// RUN: %clangxx_razor -O0 %s %t.plain.o -o %t.O0
// RUN: env TRACE_THROW=1 %run %t.O0 2>&1 | FileCheck --check-prefix=PLAIN %s
// RUN: %clangxx_razor -O2 %s %S/Inputs/entries-throw-lib.cpp -o %t.both
// RUN: env TRACE_THROW=1 %run %t.both 2>&1 | FileCheck --check-prefix=BOTH %s
#include <razortrace.h>
#include <cstdio>
#include <stdexcept>

int keep_or_throw(int i);
static int caught, sum;

RAZOR_PROBE("TRACE_THROW") void handle(int i) {
  try {
    sum += keep_or_throw(i);
  } catch (const std::runtime_error &) {
    caught++;
  }
}

int main() {
  for (int i = 0; i < 20; i++)
    handle(i);
  std::printf("caught %d sum %d\n", caught, sum);
  return 0;
}
// PLAIN: entries-throw.cpp line: 18 column: 12 function: handle(int) command: sum += keep_or_throw(i);
// PLAIN-NEXT: via: keep_or_throw(int)
// PLAIN: SUMMARY: 1 growing site(s)
// PLAIN: caught 10 sum 90
// BOTH: entries-throw-lib.cpp line: 10
// BOTH: SUMMARY:
// BOTH: caught 10 sum 90
