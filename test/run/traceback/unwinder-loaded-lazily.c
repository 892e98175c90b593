// The runtime does not link libgcc_s: a C program that no `traceback` probe samples never maps it (about 100 KB of resident memory and a library the dynamic linker searches at every lookup).  The first activation of a `traceback` probe loads it (test/run/traceback/no-frame-pointer.c and through-libraries.cpp show the stacks it completes).
// RUN: %clang_razor -O2 %s -o %t
// RUN: %run %t 2>&1 | FileCheck --check-prefix=UNTRACED %s
// RUN: env TRACE_SORT=1 RAZOR_OPTIONS=report=none %run %t 2>&1 | FileCheck --check-prefix=UNTRACED %s
// RUN: env TRACE_SORT_STACKS=1 %run %t 2>&1 | FileCheck --check-prefix=STACKS %s
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *kept[4000];
static int nkept;

static int by_value(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  if (nkept < 4000)
    kept[nkept++] = malloc(24); // the leak, made from inside qsort
  return (x > y) - (x < y);
}

static void sort(int round) {
  int v[8] = {5, 3, 8, 1, round, 7, 2, 6};
  qsort(v, 8, sizeof v[0], by_value);
}

RAZOR_PROBE("TRACE_SORT") void plain_sort(int round) { sort(round); }
RAZOR_PROBE("TRACE_SORT_STACKS,traceback") void stacks_sort(int round) { sort(round); }

static int mapped(const char *name) {
  FILE *f = fopen("/proc/self/maps", "r");
  char line[512];
  int found = 0;
  while (f && fgets(line, sizeof line, f))
    found |= strstr(line, name) != NULL;
  if (f)
    fclose(f);
  return found;
}

int main(void) {
  for (int i = 0; i < 40; i++) {
    plain_sort(i);
    stacks_sort(i);
  }
  printf("libgcc_s mapped: %s\n", mapped("libgcc_s") ? "yes" : "no");
  return 0;
}

// UNTRACED: libgcc_s mapped: no
// The report (at exit, on stderr) comes before the program's buffered line.
// STACKS: unwinder-loaded-lazily.c line: 17 column: {{[0-9]+}} function: by_value
// STACKS: #0 by_value
// STACKS: #1 stacks_sort
// STACKS: libgcc_s mapped: yes
