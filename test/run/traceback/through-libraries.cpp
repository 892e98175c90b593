// Complete stacks through code built without frame pointers: a line buffer allocated inside libc's getline, called by a plain library built with -fomit-frame-pointer, and a std::string that grows inside libstdc++'s compiled code (std::string::append is not inlined: libstdc++'s extern template), both kept; each stack reaches main through the unwind tables (the frame-pointer walk alone stops at frame #0).
// RUN: %clang -g -O2 -fomit-frame-pointer -fPIC -shared %S/Inputs/plain-getline.c -o %t-libgetline.so
// RUN: %clangxx_razor -g -O1 -fno-inline %s %t-libgetline.so -o %t
// RUN: env TRACE_LIBS=1 %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_LIBS=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s --check-prefix=JSON
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <string>

extern "C" char *plain_read_line(FILE *f);
static char *lines[40];
static std::string *names[40];
static int n;

__attribute__((noinline)) static void read_line(FILE *f) {
  lines[n] = plain_read_line(f); // getline-line
}

__attribute__((noinline)) static void add_name(const char *s) {
  std::string *name = new std::string();
  for (int i = 0; i < 8; i++)
    name->append(s); // append-line
  names[n] = name;
}

RAZOR_PROBE("TRACE_LIBS,traceback") void step(FILE *f) {
  read_line(f);
  add_name("a name long enough for the heap");
  n++;
}

int main() {
  FILE *f = tmpfile();
  for (int i = 0; i < 40; i++)
    fprintf(f, "line %d %s\n", i, "...................................................................................................................................................");
  rewind(f);
  for (int i = 0; i < 40; i++)
    step(f); // main-line
  return 0;
}
// CHECK:      through-libraries.cpp line: 24 column: 11 function: add_name(char const*) command: name->append(s); // append-line
// CHECK-NEXT: via: std::string::append(char const*)
// CHECK-NEXT: -----trace-----
// CHECK-NEXT: stacks recorded for {{[1-9][0-9]*}} of 40 retained blocks
// CHECK-NEXT: stack 1 of 1:
// CHECK-NEXT: {{^}}    #0 add_name(char const*) {{.*}}through-libraries.cpp:24{{$}}
// CHECK-NEXT: {{^}}    #1 step(_IO_FILE*) {{.*}}through-libraries.cpp:30 command: add_name("a name long enough for the heap");{{$}}
// CHECK-NEXT: {{^}}    #2 main {{.*}}through-libraries.cpp:40 command: step(f); // main-line{{$}}
// CHECK:      through-libraries.cpp line: 18 column: 14 function: read_line(_IO_FILE*) command: lines[n] = plain_read_line(f); // getline-line
// CHECK-NEXT: via: plain_read_line
// CHECK-NEXT: -----trace-----
// CHECK-NEXT: stacks recorded for {{[1-9][0-9]*}} of 40 retained blocks
// CHECK-NEXT: stack 1 of 1:
// CHECK-NEXT: {{^}}    #0 read_line(_IO_FILE*) {{.*}}through-libraries.cpp:18{{$}}
// CHECK-NEXT: {{^}}    #1 step(_IO_FILE*) {{.*}}through-libraries.cpp:29 command: read_line(f);{{$}}
// CHECK-NEXT: {{^}}    #2 main {{.*}}through-libraries.cpp:40 command: step(f); // main-line{{$}}
// JSON-DAG: probes[0].sites[0].stacks[0].traceback[2].function = "main"
// JSON-DAG: probes[0].sites[1].stacks[0].traceback[2].function = "main"
