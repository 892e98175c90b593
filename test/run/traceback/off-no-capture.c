// Traceback off calls nothing extra at run time: with a probe without `traceback` the runtime never walks a stack (it never asks pthread_getattr_np for the thread's stack bounds, interposed and counted here); the same program with `traceback` does, which shows the check can fail.
// RUN: %clang_razor -DSPEC='"TRACE_OFF"' %s -ldl -o %t-off
// RUN: env TRACE_OFF=1 %run %t-off 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: %clang_razor -DSPEC='"TRACE_OFF,traceback"' %s -ldl -o %t-on
// RUN: env TRACE_OFF=1 %run %t-on 2>&1 | FileCheck %s --check-prefix=ON
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static int bounds_asked;

/* Interposes libc's: the runtime asks for the stack bounds before its
 * first stack walk on a thread. */
int pthread_getattr_np(pthread_t t, pthread_attr_t *a) {
  int (*next)(pthread_t, pthread_attr_t *) =
      (int (*)(pthread_t, pthread_attr_t *))dlsym(RTLD_NEXT,
                                                  "pthread_getattr_np");
  bounds_asked++;
  return next(t, a);
}

static void *kept[100];

RAZOR_PROBE(SPEC) void keep(int i) {
  kept[i] = malloc(50);
}

int main(void) {
  for (int i = 0; i < 100; i++)
    keep(i);
  fprintf(stderr, "stack bounds asked: %d\n", bounds_asked);
  return 0;
}
// OFF: stack bounds asked: 0
// OFF-NOT: -----trace-----
// ON: stack bounds asked: 1
// ON: -----trace-----
