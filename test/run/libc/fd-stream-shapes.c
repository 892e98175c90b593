// A descriptor that becomes a FILE (fdopen) or DIR (fdopendir) and is closed with it (fclose, closedir), or closed by close_range or closefrom, leaves no "fd" finding, whether the closing call is instrumented or in a library; the descriptors the program sees are those of its plain build.
// RUN: %clang -I%include %s %S/Inputs/plain-streams.c -o %t.plain
// RUN: %clang -c %S/Inputs/plain-streams.c -o %t.streams.o
// RUN: %clang_razor %s %t.streams.o -o %t
// RUN: %run %t.plain | FileCheck %s --check-prefix=OUT
// RUN: env TRACE_SHAPES=1 %run %t 2>%t.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s < %t.err
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <razortrace.h>
#include <stdio.h>
#include <unistd.h>

void plain_fclose(FILE *f);
void plain_closedir(DIR *d);
void plain_close_range(int first);

RAZOR_PROBE("TRACE_SHAPES") void file_shape(int plain) {
  int fd = open("/dev/null", O_RDONLY);
  FILE *f = fdopen(fd, "r");
  if (plain)
    plain_fclose(f);
  else
    fclose(f);
}

RAZOR_PROBE("TRACE_SHAPES") void dir_shape(int plain) {
  int fd = open(".", O_RDONLY | O_DIRECTORY);
  DIR *d = fdopendir(fd);
  if (plain)
    plain_closedir(d);
  else
    closedir(d);
}

RAZOR_PROBE("TRACE_SHAPES") void range_shape(int how) {
  int a = open("/dev/null", O_RDONLY);
  int b = open("/dev/null", O_RDONLY);
  int first = a < b ? a : b;
  if (how == 0)
    close_range((unsigned)first, ~0U, 0);
  else if (how == 1)
    plain_close_range(first);
  else
    closefrom(first);
}

/* Each call's descriptors get numbers no earlier call had: one more is
 * held open between calls. */
int main(void) {
  for (int i = 0; i < 10; i++) {
    file_shape(i & 1);
    dup(0);
  }
  for (int i = 0; i < 10; i++) {
    dir_shape(i & 1);
    dup(0);
  }
  for (int i = 0; i < 12; i++) {
    range_shape(i % 3);
    dup(0);
  }
  printf("next descriptor: %d\n", dup(0));
  return 0;
}
// OUT: next descriptor: 35

// CHECK-NOT: line:
// CHECK:     razortrace: no growing allocation sites (3 probe(s), 32 call(s) sampled)
