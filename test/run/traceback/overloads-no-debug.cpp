// Built without -g, a frame takes a name, file and line from the program's records only for the function they are about: an overload is another function.  Doc::parse() has no site of its own and is called by Doc::parse(const char *), which has one: its frame reads its own definition (its function record's), not the other overload's name and file (tinyxml2's private XMLDocument::Parse() read as XMLDocument::Parse(char const*, unsigned long)).  A probe's overload is not the probe either.  With -g the symbolizer names every frame, with the line of the call.
// RUN: %clangxx_razor -O1 %s -o %t-nog
// RUN: env TRACE_OV=1 %run %t-nog 2>&1 | FileCheck %s --check-prefixes=CHECK,NODEBUG
// RUN: env TRACE_OV=1 %env_razor_opts=symbolizer=/nonexistent %run %t-nog 2>&1 | FileCheck %s --check-prefixes=CHECK,NODEBUG
// RUN: %clangxx_razor -g -O1 %s -o %t-g
// RUN: env TRACE_OV=1 %run %t-g 2>&1 | FileCheck %s --check-prefixes=CHECK,DEBUG
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

static void *kept[64];
static int nkept;
volatile int parsed;

struct Doc {
  char *text;
  __attribute__((noinline)) void store() {
    kept[nkept++] = malloc(32); // store-line
  }
  __attribute__((noinline)) void parse() {
    store(); // parse0-line
    parsed = parsed + 1;
  }
  __attribute__((noinline)) void parse(const char *s) {
    text = strdup(s); // a site of this overload's own
    parse(); // parse1-line
    free(text);
  }
};

/* Overloads of the probe: only handle(int) is one. */
__attribute__((noinline)) void handle(int i, int j);

RAZOR_PROBE("TRACE_OV,traceback") void handle(int i) {
  handle(i, 0); // probe-line
}

__attribute__((noinline)) void handle(int i, int j) {
  Doc d;
  d.parse("a document of a few bytes");
  parsed = parsed + i + j;
}

int main() {
  for (int i = 0; i < 20; i++)
    handle(i);
  return 0;
}
// CHECK:      overloads-no-debug.cpp line: 18 column: 21 function: Doc::store() command: kept[nkept++] = malloc(32); // store-line
// CHECK:      -----trace-----
// CHECK-NEXT: stacks recorded for {{.*}}
// CHECK-NEXT: stack 1 of 1:
// CHECK-NEXT: {{^}}    #0 Doc::store() {{.*}}overloads-no-debug.cpp:18{{$}}
// NODEBUG-NEXT: {{^}}    #1 Doc::parse() {{.*}}overloads-no-debug.cpp:20 command: __attribute__((noinline)) void parse() {{[{]}}{{$}}
// NODEBUG-NEXT: {{^}}    #2 Doc::parse(char const*) {{.*}}overloads-no-debug.cpp:24 command: __attribute__((noinline)) void parse(const char *s) {{[{]}}{{$}}
// NODEBUG-NEXT: {{^}}    #3 handle(int, int) {{.*}}overloads-no-debug.cpp:38 command: __attribute__((noinline)) void handle(int i, int j) {{[{]}}{{$}}
// NODEBUG-NEXT: {{^}}    #4 handle(int) {{.*}}overloads-no-debug.cpp:34 command: RAZOR_PROBE("TRACE_OV,traceback") void handle(int i) {{[{]}}{{$}}
// NODEBUG-NEXT: {{^}}    #5 main {{.*}}overloads-no-debug.cpp:44 command: int main() {{[{]}}{{$}}
// DEBUG-NEXT: {{^}}    #1 Doc::parse() {{.*}}overloads-no-debug.cpp:21 command: store(); // parse0-line{{$}}
// DEBUG-NEXT: {{^}}    #2 Doc::parse(char const*) {{.*}}overloads-no-debug.cpp:26 command: parse(); // parse1-line{{$}}
// DEBUG-NEXT: {{^}}    #3 handle(int, int) {{.*}}overloads-no-debug.cpp:40 command: d.parse("a document of a few bytes");{{$}}
// DEBUG-NEXT: {{^}}    #4 handle(int) {{.*}}overloads-no-debug.cpp:35 command: handle(i, 0); // probe-line{{$}}
// DEBUG-NEXT: {{^}}    #5 main {{.*}}overloads-no-debug.cpp:46 command: handle(i);{{$}}
// CHECK:      razortrace: SUMMARY
