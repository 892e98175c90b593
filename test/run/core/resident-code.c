// A program that traces nothing (its probe's trigger unset, or no probe at all) runs only the runtime's RAZOR_RESIDENT code: start-up, the process's malloc and free, the probe's call while nothing samples, threads, fork, setenv, exit; C++'s operators new and delete too.  That code is one stretch at the start of the library's .text, under a third of it, so the kernel maps in few of the runtime's code pages (bench/realcode.sh: max RSS).  An allocator entry point, start-up step or exit step the runtime adds without RAZOR_RESIDENT shows here, and so does a thread block made for such a run (razor_tls_make: 4 kB of the arena and a thread-exit key; the exit report borrows the shared one).
// REQUIRES: valgrind
// RUN: %clang_razor -O2 %s -lpthread -o %t
// RUN: valgrind --tool=callgrind --callgrind-out-file=%t.cg %run %t > /dev/null 2>&1
// RUN: %python %S/Inputs/resident-code.py %t.cg %libdir/librazortrace.so %S/../../../runtime | FileCheck %s
// RUN: %clangxx_razor -O2 -x c++ %S/Inputs/resident-code.cpp -o %t.cxx
// RUN: valgrind --tool=callgrind --callgrind-out-file=%t.cxx.cg %run %t.cxx > /dev/null 2>&1
// RUN: %python %S/Inputs/resident-code.py %t.cxx.cg %libdir/librazortrace.so %S/../../../runtime | FileCheck %s
// CHECK: executed: {{[1-9][0-9]*}} functions of the runtime
// CHECK-NEXT: executed outside the resident code: none
// CHECK-NEXT: thread blocks made: none
// CHECK-NEXT: resident code: under a third of .text
#include <pthread.h>
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char *kept[64];

RAZOR_PROBE("TRACE_RESIDENT") static void *work(void *arg) {
  for (int i = 0; i < 64; i++) {
    free(kept[i]);
    kept[i] = strdup("kept");
    char *p = realloc(calloc(2, 8), 64);
    free(p);
  }
  return arg;
}

int main(void) {
  setenv("RESIDENT_SEEN", "1", 1);
  pthread_t t;
  pthread_create(&t, NULL, work, NULL);
  pthread_join(t, NULL);
  pid_t pid = fork();
  if (pid == 0) {
    work(NULL);
    _exit(0);
  }
  waitpid(pid, NULL, 0);
  work(NULL);
  return 0;
}
