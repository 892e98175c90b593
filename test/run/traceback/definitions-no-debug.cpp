// Built without -g, at -O0 and -O2, C++ frames of instrumented code read function, file and line: a function template's instantiation, a member function, a static function and main, none with a site or probe record of its own, show the line of their definition from the function records (with its text), never "file:0", "NAME in MODULE" or module+offset (before: "char* relay<char>(int) in /path/to/binary").
// RUN: %clangxx_razor -fplugin-arg-razortrace-no-auto-alloc -O0 %s -o %t0
// RUN: env TRACE_DEFX=1 %run %t0 2>&1 | FileCheck %s
// RUN: env TRACE_DEFX=1 %env_razor_opts=symbolizer=/nonexistent %run %t0 2>&1 | FileCheck %s
// RUN: %clangxx_razor -fplugin-arg-razortrace-no-auto-alloc -O2 %s -o %t2
// RUN: env TRACE_DEFX=1 %run %t2 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

static void *kept[64];
static int n;

__attribute__((noinline)) static void *allocate(int i) {
  return malloc(16 + (size_t)i % 4); // alloc-line
}

__attribute__((noinline)) static void *outer_step(int i) {
  void *p = allocate(i);
  asm volatile("" ::: "memory"); // no tail call
  return p;
}

template <typename T> __attribute__((noinline)) T *relay(int i) {
  T *p = static_cast<T *>(outer_step(i));
  asm volatile("" ::: "memory");
  return p;
}

namespace app {
struct Parser {
  __attribute__((noinline)) void *parse(int i) {
    void *p = relay<char>(i);
    asm volatile("" ::: "memory");
    return p;
  }
};
} // namespace app

RAZOR_PROBE("TRACE_DEFX,traceback") void handle(int i) {
  app::Parser parser;
  kept[n++] = parser.parse(i);
  asm volatile("" ::: "memory");
}

int main() {
  for (int i = 0; i < 24; i++)
    handle(i);
  return 0;
}
// CHECK:      stack 1 of 1:
// CHECK-NEXT: {{^}}    #0 allocate(int) {{.*}}definitions-no-debug.cpp:14{{$}}
// CHECK-NEXT: {{^}}    #1 outer_step(int) {{.*}}definitions-no-debug.cpp:17 command: __attribute__((noinline)) static void *outer_step(int i) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    #2 char* relay<char>(int) {{.*}}definitions-no-debug.cpp:23 command: template <typename T> __attribute__((noinline)) T *relay(int i) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    #3 app::Parser::parse(int) {{.*}}definitions-no-debug.cpp:31 command: __attribute__((noinline)) void *parse(int i) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    #4 handle(int) {{.*}}definitions-no-debug.cpp:39 command: RAZOR_PROBE("TRACE_DEFX,traceback") void handle(int i) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    #5 main {{.*}}definitions-no-debug.cpp:45 command: int main() {{[{]}}{{$}}
// CHECK-NEXT: razortrace: SUMMARY
