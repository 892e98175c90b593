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
  closed += !close(copy) + !close(fds[1]) + !close(fds[0]) + !close(sock) + !close(fd);
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
// CHECK: razortrace: no growing allocation sites (1 probe(s), 5 call(s) sampled)
// CHECK-NOT: line:
// JSON:      report 0: probes[0].calls = 5
// JSON-NOT:  sites[
// JSON:      jsonl: 1 report(s)
