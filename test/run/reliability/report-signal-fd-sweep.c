// report_signal in a daemon that closes descriptors 3-1023 and then opens its own files: the signal never writes into the program's files (trigger off and on), and with the trigger on the report still comes, to output=.
// RUN: %clang_razor %s -o %t
// RUN: rm -f %t.log %t.own
// RUN: %env_razor_opts=report_signal=SIGUSR1:output=%t.log %run %t %t.own %t.log | FileCheck %s --check-prefix=OFF
// RUN: env TRACE_SWEEP=1 %env_razor_opts=report_signal=SIGUSR1:output=%t.log %run %t %t.own %t.log | FileCheck %s --check-prefix=ON
// RUN: FileCheck %s --check-prefix=LOG < %t.log
#include <fcntl.h>
#include <razortrace.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void *keep[10];

RAZOR_PROBE("TRACE_SWEEP") void leak(int i) {
  keep[i] = malloc(512);
}

static void nap(void) {
  struct timespec tick = {0, 10 * 1000 * 1000};
  nanosleep(&tick, NULL);
}

int main(int argc, char **argv) {
  if (argc < 3)
    return 2;
  for (int i = 0; i < 10; i++)
    leak(i);
  /* A daemon's start: every inherited descriptor but 0-2 goes. */
  for (int fd = 3; fd < 1024; fd++)
    close(fd);
  /* Its own files take the lowest numbers free. */
  int own[8];
  for (int i = 0; i < 8; i++)
    own[i] = open(argv[1], O_RDWR | O_CREAT | O_TRUNC, 0600);
  raise(SIGUSR1);
  /* Up to 2 s for the report (trigger on) or nothing (off). */
  struct stat st;
  for (int i = 0; i < 200 && !(stat(argv[2], &st) == 0 && st.st_size > 0); i++)
    nap();
  nap();
  struct stat mine;
  fstat(own[0], &mine);
  printf("own file: %lld bytes\n", (long long)mine.st_size);
  printf("report on the signal: %s\n",
         stat(argv[2], &st) == 0 && st.st_size > 0 ? "yes" : "no");
  return 0;
}
// OFF:      own file: 0 bytes
// OFF-NEXT: report on the signal: no
// ON:       own file: 0 bytes
// ON-NEXT:  report on the signal: yes
// LOG:      razortrace: probe leak (trigger TRACE_SWEEP) {{.*}} 10 calls sampled
// LOG:      razortrace: SUMMARY: 1 growing site(s)
