// Descriptors opened per call and never closed are resource sites of kind "fd" at their calls: pipe two per call (listed first: most open), open, socket and dup one per call.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_FDS=1 %run %t %s 2>%t.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s --check-prefix=TEXT < %t.err
// RUN: env TRACE_FDS=1 %env_razor_opts=format=json %run %t %s 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
#include <fcntl.h>
#include <razortrace.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

static int leaked;

// TEXT:      razortrace: probe handle (trigger TRACE_FDS) in {{.*}}fd-leak.c:[[# @LINE + 1]] — 5 calls sampled{{$}}
RAZOR_PROBE("TRACE_FDS,min_calls=5") void handle(const char *path) {
  int fds[2];
  int piped = pipe(fds);
// TEXT-NEXT: {{.*}}fd-leak.c line: [[# @LINE - 1]] column: 15 function: handle command: int piped = pipe(fds);
// TEXT-NEXT:     • average open per call: 2.0000   • open: 10
// JSON:      probes[0].sites[0].line = [[# @LINE - 3]]
// JSON-NEXT: probes[0].sites[0].column = 15
// JSON:      probes[0].sites[0].kind = "fd"
// JSON-NEXT: probes[0].sites[0].total_bytes = 0
// JSON-NEXT: probes[0].sites[0].blocks = 10
// JSON-NEXT: probes[0].sites[0].open = 10
// JSON:      probes[0].sites[0].samples = [2, 4, 6, 8, 10]
  int fd = open(path, O_RDONLY);
// TEXT-NEXT: {{.*}}fd-leak.c line: [[# @LINE - 1]] column: 12 function: handle command: int fd = open(path, O_RDONLY);
// TEXT-NEXT:     • average open per call: 1.0000   • open: 5
// JSON:      probes[0].sites[1].line = [[# @LINE - 3]]
// JSON-NEXT: probes[0].sites[1].column = 12
// JSON-NEXT: probes[0].sites[1].function = "handle"
// JSON-NEXT: probes[0].sites[1].source = "int fd = open(path, O_RDONLY);"
// JSON-NEXT: probes[0].sites[1].kind = "fd"
// JSON-NEXT: probes[0].sites[1].total_bytes = 0
// JSON-NEXT: probes[0].sites[1].blocks = 5
// JSON-NEXT: probes[0].sites[1].open = 5
// JSON-NEXT: probes[0].sites[1].average_bytes = 0.0
// JSON-NEXT: probes[0].sites[1].reclaimed = false
// JSON-NEXT: probes[0].sites[1].samples = [1, 2, 3, 4, 5]
  int sock = socket(AF_UNIX, SOCK_STREAM, 0);
// TEXT-NEXT: {{.*}}fd-leak.c line: [[# @LINE - 1]] column: 14 function: handle command: int sock = socket(AF_UNIX, SOCK_STREAM, 0);
// TEXT-NEXT:     • average open per call: 1.0000   • open: 5
// JSON:      probes[0].sites[2].line = [[# @LINE - 3]]
// JSON-NEXT: probes[0].sites[2].column = 14
// JSON:      probes[0].sites[2].kind = "fd"
// JSON-NEXT: probes[0].sites[2].total_bytes = 0
// JSON-NEXT: probes[0].sites[2].blocks = 5
// JSON-NEXT: probes[0].sites[2].open = 5
// JSON:      probes[0].sites[2].samples = [1, 2, 3, 4, 5]
  int copy = dup(fd);
// TEXT-NEXT: {{.*}}fd-leak.c line: [[# @LINE - 1]] column: 14 function: handle command: int copy = dup(fd);
// TEXT-NEXT:     • average open per call: 1.0000   • open: 5
// TEXT-NEXT: razortrace: SUMMARY: 4 growing site(s) in 1 probe(s)
// JSON:      probes[0].sites[3].line = [[# @LINE - 4]]
// JSON-NEXT: probes[0].sites[3].column = 14
// JSON:      probes[0].sites[3].kind = "fd"
// JSON-NEXT: probes[0].sites[3].total_bytes = 0
// JSON-NEXT: probes[0].sites[3].blocks = 5
// JSON-NEXT: probes[0].sites[3].open = 5
// JSON:      probes[0].sites[3].samples = [1, 2, 3, 4, 5]
// JSON-NOT:  probes[0].sites[4]
// JSON:      jsonl: 1 report(s)
  if (fd >= 0 && sock >= 0 && piped == 0 && copy >= 0)
    leaked += 5;
}

// OUT: leaked 25 descriptors
int main(int argc, char **argv) {
  if (argc != 2)
    return 2;
  for (int i = 0; i < 5; i++)
    handle(argv[1]);
  printf("leaked %d descriptors\n", leaked);
  return 0;
}
