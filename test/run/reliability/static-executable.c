// A fully static executable (-static, librazortrace.a) links as quietly and behaves as its plain static build, trigger off and on: close() closes and sets errno, the setenv family changes the environment, malloc_usable_size answers, exit() runs atexit handlers and flushes stdio; with the trigger on the leak is reported.
// REQUIRES: static-libc
// RUN: %clang -static -O1 -I%include %s -o %t.plain
// RUN: %clang_razor_static -static -O1 %s %razor_static_lib -o %t 2>/dev/null
// RUN: %python %S/../options/Inputs/status.py %t.plain | FileCheck %s
// RUN: %python %S/../options/Inputs/status.py %t 2>%t.off | FileCheck %s
// RUN: count 0 < %t.off
// RUN: env TRACE_STATIC_EXE=1 %python %S/../options/Inputs/status.py %t 2>%t.on | FileCheck %s
// RUN: FileCheck %s --check-prefix=REPORT < %t.on
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *kept[8];

RAZOR_PROBE("TRACE_STATIC_EXE") void keep(int i) {
  kept[i] = strdup("sixteen bytes..");
  free(malloc(100));
}

static void bye(void) { printf("atexit handler ran\n"); }

int main(void) {
  atexit(bye);
  for (int i = 0; i < 8; i++)
    keep(i);
  int fd = -1;
  for (int i = 0; i < 200; i++) {
    fd = open("/dev/null", O_RDONLY);
    close(fd);
  }
  printf("next descriptor: %d\n", open("/dev/null", O_RDONLY));
  errno = 0;
  int r = close(-1);
  printf("close(-1): %d %s\n", r, strerrorname_np(errno));
  errno = 0;
  r = setenv("RAZOR_STATIC_X", "1", 1);
  printf("setenv: %d %d %s\n", r, errno, getenv("RAZOR_STATIC_X"));
  r = setenv("", "1", 1);
  printf("setenv(\"\"): %d %s\n", r, strerrorname_np(errno));
  r = unsetenv("RAZOR_STATIC_X");
  printf("unsetenv: %d %s\n", r, getenv("RAZOR_STATIC_X") ? "set" : "unset");
  static char pair[] = "RAZOR_STATIC_Y=2";
  r = putenv(pair);
  printf("putenv: %d %s\n", r, getenv("RAZOR_STATIC_Y"));
  r = clearenv();
  printf("clearenv: %d %s\n", r, getenv("RAZOR_STATIC_Y") ? "set" : "unset");
  void *p = malloc(100);
  printf("usable size at least 100: %s\n",
         malloc_usable_size(p) >= 100 ? "yes" : "no");
  free(p);
  printf("buffered, no newline");
  exit(3);
}
// CHECK:      {{^}}next descriptor: 3
// CHECK-NEXT: {{^}}close(-1): -1 EBADF
// CHECK-NEXT: {{^}}setenv: 0 0 1
// CHECK-NEXT: {{^}}setenv(""): -1 EINVAL
// CHECK-NEXT: {{^}}unsetenv: 0 unset
// CHECK-NEXT: {{^}}putenv: 0 2
// CHECK-NEXT: {{^}}clearenv: 0 unset
// CHECK-NEXT: {{^}}usable size at least 100: yes
// CHECK-NEXT: {{^}}buffered, no newlineatexit handler ran
// CHECK-NEXT: {{^}}exit status 3

// libc.a's malloc and free are strong: they, not the runtime's, are the
// process's, and the runtime says what that costs.
// REPORT:      {{^}}razortrace: another free() takes precedence over the runtime's; frees outside instrumented code are not seen
// REPORT-NEXT: razortrace: probe keep (trigger TRACE_STATIC_EXE) {{.*}} — 8 calls sampled
// REPORT-NEXT: line: 23 column: 13 function: keep command: kept[i] = strdup("sixteen bytes..");
// REPORT-NEXT: • average kb per call: 0.0156   • total kb: 0.1250   • blocks: 8
// REPORT-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.1250 kb retained

// razor-cc -static links it alike (all of librazortrace.a, ahead of the
// program's objects; an archive there alone would give no member):
// RUN: %razor_cc -static -O1 %s -o %t.wrapped 2>/dev/null
// RUN: env TRACE_STATIC_EXE=1 %python %S/../options/Inputs/status.py %t.wrapped 2>%t.wrapped.on | FileCheck %s
// RUN: FileCheck %s --check-prefix=REPORT < %t.wrapped.on
// The static link says nothing the plain one does not: no warning that dlopen needs the shared libraries at run time (libtool's check that -static works would fail, and -Wl,--fatal-warnings).
// RUN: %razor_cc -static -O1 -Wl,--fatal-warnings %s -o %t.quiet 2>&1 | count 0
