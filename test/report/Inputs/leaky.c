/* A small service for the report tests: one probe, `handle`, that keeps
 * something on every call (a name on a list, a line from asprintf, an open
 * FILE *), one that keeps nothing (`scratch`), and a leak of another
 * process when forked (FORK=N runs N children, each calling `handle`). */
#define _GNU_SOURCE
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char **names;
static size_t nnames, cap;
static char *lines[4096];
static FILE *held[4096];
static int nheld;

RAZOR_PROBE("TRACE_HANDLE,traceback") void handle(int i) {
  if (nnames == cap) {
    cap = cap ? 2 * cap : 4;
    names = realloc(names, cap * sizeof *names);
  }
  char name[512];
  const char *pad = getenv("NAME_PAD"); /* longer names: faster growth */
  snprintf(name, sizeof name, "%srequest-%d <&> \"quoted\"", pad ? pad : "",
           i);
  names[nnames++] = strdup(name); /* kept: the leak */
  if (getenv("LEAK_MORE"))
    asprintf(&lines[i % 4096], "%d", i); /* kept when LEAK_MORE is set */
  if (getenv("LEAK_FILES"))
    held[nheld++] = fopen("/dev/null", "r"); /* kept open */
  if (getenv("LEAK_VIA")) { /* through a pointer: via strdup */
    static char *copies[4096];
    char *(*volatile copy)(const char *) = strdup;
    copies[i % 4096] = copy(name);
  }
}

RAZOR_PROBE("TRACE_HANDLE") void scratch(int i) {
  char *tmp = malloc(100 + (size_t)i);
  memset(tmp, 0, 100);
  free(tmp);
}

int main(int argc, char **argv) {
  int calls = argc > 1 ? atoi(argv[1]) : 20;
  int children = getenv("FORK") ? atoi(getenv("FORK")) : 0;
  for (int c = 0; c < children; c++) {
    pid_t pid = fork();
    if (pid == 0) {
      for (int i = 0; i < calls * (c + 1); i++)
        handle(i);
      return 0;
    }
    waitpid(pid, NULL, 0);
  }
  for (int i = 0; i < calls; i++) {
    handle(i);
    scratch(i);
  }
  printf("kept %zu names\n", nnames);
  return 0;
}
