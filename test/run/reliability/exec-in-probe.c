// exec from inside a probe: the new image runs normally and traces on its own (its own report, no leftover of the old image's activation); the old image writes no report.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_EXEC=1 timeout 20 %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void *kept[8];

RAZOR_PROBE("TRACE_EXEC") void step(int i, const char *self) {
  kept[i] = malloc(64);
  if (self) {
    fflush(stdout);
    execl(self, self, "reborn", (char *)NULL);
    perror("execl");
  }
}

int main(int argc, char **argv) {
  if (argc > 1 && !strcmp(argv[1], "reborn")) {
    for (int i = 0; i < 8; i++)
      step(i, NULL);
    printf("new image ran\n");
    fflush(stdout);
    return 0;
  }
  for (int i = 0; i < 3; i++)
    step(i, i == 2 ? argv[0] : NULL);
  return 1;
}
// CHECK-NOT:  razortrace:
// CHECK:      new image ran
// CHECK-NEXT: razortrace: probe step (trigger TRACE_EXEC) in {{.*}} — 8 calls sampled{{$}}
// CHECK-NEXT: line: {{[0-9]+}} column: 13 function: step command: kept[i] = malloc(64);
// CHECK-NEXT: • average kb per call: 0.0625   • total kb: 0.5000   • blocks: 8
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s)
// CHECK-NOT:  razortrace:
