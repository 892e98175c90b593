// A bounded cache is not a leak, however long the run: a memo table of 8
// slots whose buffers grow to the largest value stored in them (at most
// 256 bytes each).  The buffers keep growing ever more slowly for as long
// as larger values turn up, so a run can see the kept total rise between
// its middle and its end; min_growth set to one entry's size (256 bytes)
// tells that from a leak, at 50 calls and at 2000.  A table that keeps
// every value is reported either way (-DUNBOUNDED).
// RUN: %clang_razor -O2 %s -o %t && %clang_razor -O2 -DUNBOUNDED %s -o %tu
// RUN: env TRACE_CACHE=1 CALLS=50 %run %t 2>&1 | FileCheck --check-prefix=SHORT %s
// RUN: env TRACE_CACHE=1 CALLS=50 %env_razor_opts=min_growth=256 %run %t 2>&1 | FileCheck --check-prefix=CLEAN50 %s
// RUN: env TRACE_CACHE=1 CALLS=2000 %env_razor_opts=min_growth=256 %run %t 2>&1 | FileCheck --check-prefix=CLEAN2000 %s
// RUN: env TRACE_CACHE=1 CALLS=2000 %env_razor_opts=min_growth=256:strict=0 %run %t 2>&1 | FileCheck --check-prefix=CLEAN2000 %s
// RUN: env TRACE_CACHE=1 CALLS=50 %env_razor_opts=min_growth=256 %run %tu 2>&1 | FileCheck --check-prefix=LEAK %s
// SHORT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s)
// CLEAN50: razortrace: no growing allocation sites (1 probe(s), 50 call(s) sampled)
// CLEAN2000: razortrace: no growing allocation sites (1 probe(s), 2000 call(s) sampled)
// LEAK: cache-bounded.c line: {{[0-9]+}} column: {{[0-9]+}} function: remember command: all[nall++] = strdup(value);
// LEAK: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s)
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct slot {
  char *buf;
  size_t cap;
};
static struct slot slots[8];
static char *all[2000];
static int nall;

RAZOR_PROBE("TRACE_CACHE") void remember(unsigned key, const char *value);

void remember(unsigned key, const char *value) {
#ifdef UNBOUNDED
  all[nall++] = strdup(value);
#else
  struct slot *s = &slots[key % 8];
  size_t n = strlen(value) + 1;
  if (n > s->cap) { /* grows to the largest value it held */
    s->buf = realloc(s->buf, n);
    s->cap = n;
  }
  memcpy(s->buf, value, n);
#endif
}

int main(void) {
  const char *env = getenv("CALLS");
  int calls = env ? atoi(env) : 50;
  static char value[256];
  unsigned x = 12345;
  for (int i = 0; i < calls; i++) {
    x = x * 1103515245u + 12345u;
    size_t len = 1 + (x >> 16) % 255; /* 1 to 255 characters */
    memset(value, 'a' + i % 26, len);
    value[len] = 0;
    remember((unsigned)i, value);
  }
  printf("done\n");
  return 0;
}
