// Mappings unmapped in the same call (whole, and a mapping of a file) leave no finding.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_MAPS=1 %run %t %s 2>%t.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s < %t.err
// RUN: env TRACE_MAPS=1 %env_razor_opts=format=json %run %t %s 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
#include <fcntl.h>
#include <razortrace.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

static int firsts;

RAZOR_PROBE("TRACE_MAPS") void map_and_unmap(const char *path) {
  void *p = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    return;
  ((char *)p)[0] = 1;
#ifndef KEEP
  munmap(p, 3 * 4096);
#endif

  int fd = open(path, O_RDONLY);
  char *text = mmap(NULL, 64, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (text == MAP_FAILED)
    return;
  firsts += text[0] == '/';
#ifndef KEEP
  munmap(text, 64);
#endif
}

int main(int argc, char **argv) {
  if (argc != 2)
    return 2;
  for (int i = 0; i < 6; i++)
    map_and_unmap(argv[1]);
  printf("%d mappings read\n", firsts);
  return 0;
}
// OUT: 6 mappings read
// CHECK-NOT: line:
// CHECK: razortrace: no verdict: too few calls (1 probe(s), 6 call(s) sampled)
// CHECK-NOT: line:
// JSON:      report 0: probes[0].calls = 6
// JSON-NOT:  sites[
// JSON:      jsonl: 1 report(s)

// The same program without the munmaps (-DKEEP) is reported at both mmaps:
// the verdict above is not for want of tracking.
// RUN: %clang_razor -DKEEP %s -o %t.keep
// RUN: env TRACE_MAPS=1 %env_razor_opts=min_calls=2 %run %t.keep %s 2>&1 >/dev/null | FileCheck %s --check-prefix=KEEP
// KEEP: razortrace: probe map_and_unmap (trigger TRACE_MAPS) in {{.*}}mmap-unmapped.c:14 — 6 calls sampled
// KEEP-NEXT: {{.*}}mmap-unmapped.c line: 15 column: 13 function: map_and_unmap command: void *p = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
// KEEP-NEXT: • average kb per call: 12.0000   • total kb: 72.0000   • blocks: 6
// KEEP-NEXT: {{.*}}mmap-unmapped.c line: 24 column: 16 function: map_and_unmap command: char *text = mmap(NULL, 64, PROT_READ, MAP_PRIVATE, fd, 0);
// KEEP-NEXT: • average kb per call: 0.0625   • total kb: 0.3750   • blocks: 6
// KEEP-NEXT: razortrace: SUMMARY: 2 growing site(s) in 1 probe(s), 72.3750 kb retained
