// Descriptors from open, socket, pipe and dup closed in the same call leave no finding.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_FDS=1 %run %t %s 2>%t.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s < %t.err
// RUN: env TRACE_FDS=1 %env_razor_opts=format=json %run %t %s 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
#include <fcntl.h>
#include <razortrace.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

static int closed;

RAZOR_PROBE("TRACE_FDS") void handle(const char *path) {
  int fd = open(path, O_RDONLY);
  int sock = socket(AF_UNIX, SOCK_STREAM, 0);
  int fds[2];
  if (pipe(fds) != 0)
    return;
  int copy = dup(fd);
#ifndef KEEP
  closed += !close(copy) + !close(fds[1]) + !close(fds[0]) + !close(sock) + !close(fd);
#endif
}

int main(int argc, char **argv) {
  if (argc != 2)
    return 2;
  for (int i = 0; i < 5; i++)
    handle(argv[1]);
  printf("closed %d descriptors\n", closed);
  return 0;
}
// OUT: closed 25 descriptors
// CHECK-NOT: line:
// CHECK: razortrace: no verdict: too few calls (1 probe(s), 5 call(s) sampled)
// CHECK-NOT: line:
// JSON:      report 0: probes[0].calls = 5
// JSON-NOT:  sites[
// JSON:      jsonl: 1 report(s)

// The same program without the closes (-DKEEP) is reported at all four
// calls: the verdict above is not for want of tracking.
// RUN: %clang_razor -DKEEP %s -o %t.keep
// RUN: env TRACE_FDS=1 %env_razor_opts=min_calls=2 %run %t.keep %s 2>&1 >/dev/null | FileCheck %s --check-prefix=KEEP
// KEEP: razortrace: probe handle (trigger TRACE_FDS) in {{.*}}fd-closed.c:14 — 5 calls sampled
// KEEP-NEXT: {{.*}}fd-closed.c line: 18 column: 7 function: handle command: if (pipe(fds) != 0)
// KEEP-NEXT: • average open per call: 2.0000   • open: 10
// KEEP-NEXT: {{.*}}fd-closed.c line: 15 column: 12 function: handle command: int fd = open(path, O_RDONLY);
// KEEP-NEXT: • average open per call: 1.0000   • open: 5
// KEEP-NEXT: {{.*}}fd-closed.c line: 16 column: 14 function: handle command: int sock = socket(AF_UNIX, SOCK_STREAM, 0);
// KEEP-NEXT: • average open per call: 1.0000   • open: 5
// KEEP-NEXT: {{.*}}fd-closed.c line: 20 column: 14 function: handle command: int copy = dup(fd);
// KEEP-NEXT: • average open per call: 1.0000   • open: 5
// KEEP-NEXT: razortrace: SUMMARY: 4 growing site(s) in 1 probe(s), 0.0000 kb retained
