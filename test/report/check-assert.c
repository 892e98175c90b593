// razor_check in a plain C unit test (assert): a leaking function has one finding (its report written to the stream given), a clean one none; warmup and min_growth are honoured; too few calls or bad options give -1; the probe is not in the exit report.
// RUN: %clang_razor -g %s -o %t
// RUN: %env_razor_opts=format=json %run %t > %t.out 2> %t.err
// RUN: FileCheck %s < %t.out
// RUN: FileCheck %s --check-prefix=EXIT < %t.err
#include <assert.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

static char *kept[4096];
static int nkept;

static void leaky(void *arg) {
  (void)arg;
  kept[nkept++] = malloc(48); /* the leak */
}

static void clean(void *arg) {
  char *tmp = malloc(48);
  free(tmp);
  (void)arg;
}

/* Keeps a block in each of its first 7 calls (lazy set-up), then nothing. */
static void lazy(void *arg) {
  int *calls = arg;
  if ((*calls)++ < 7)
    kept[nkept++] = malloc(64);
}

static void small(void *arg) {
  kept[nkept++] = malloc(8); /* 8 bytes a call */
  (void)arg;
}

int main(void) {
  assert(razor_check(clean, NULL, 40, NULL, stdout) == 0);
  printf("clean: ok\n");
  // CHECK: clean: ok
  int n = razor_check(leaky, NULL, 40, NULL, stdout);
  // CHECK-NEXT: razortrace: probe razor_check (always on) — 40 calls sampled
  // CHECK-NEXT: {{.*}}check-assert.c line: 16 column: 19 function: leaky command: kept[nkept++] = malloc(48); /* the leak */
  // CHECK-NEXT: average kb per call: 0.0469
  // CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s)
  assert(n == 1);
  printf("leaky: %d finding\n", n);
  // CHECK-NEXT: leaky: 1 finding
  int first = 0, second = 0;
  n = razor_check(lazy, &first, 12, NULL, NULL);
  printf("lazy: %d\n", n);
  // CHECK-NEXT: lazy: 1
  n = razor_check(lazy, &second, 12, "warmup=7,min_calls=4", NULL);
  printf("lazy after warmup: %d\n", n);
  // CHECK-NEXT: lazy after warmup: 0
  assert(razor_check(small, NULL, 50, NULL, NULL) == 1);
  assert(razor_check(small, NULL, 50, "min_growth=1KiB", NULL) == 0);
  printf("min_growth: ok\n");
  // CHECK-NEXT: min_growth: ok
  n = razor_check(leaky, NULL, 5, NULL, stdout);
  // CHECK-NEXT: razortrace: probe razor_check (always on) — 5 calls sampled — no verdict: 5 call(s), min_calls is 8
  // CHECK-NEXT: razortrace: no verdict: too few calls (1 probe(s), 5 call(s) sampled)
  assert(n == -1);
  n = razor_check(leaky, NULL, 20, "bogus", stdout);
  // CHECK-NEXT: razortrace: razor_check("bogus"): {{.*}}bogus
  assert(n == -1);
  printf("done\n");
  // CHECK-NEXT: done
  return 0;
}
// The exit report has no probe of razor_check's.
// EXIT: {"razortrace": 1, "pid": {{[0-9]+}}, "probes": []}
