// razor_verdict() on its edge cases: no samples, too few, warmup past the end, flat and all-zero series, negative values, values near INT64_MIN/MAX without overflow, min_growth, work space, and both modes in info.
// RUN: %clang -std=c11 -Wall -Wextra -Werror -g -fsanitize=address,undefined -fno-sanitize-recover=all -I"%include/../runtime" "%s" "%include/../runtime/razor_verdict.c" -o "%t"
// RUN: "%t" | FileCheck "%s"
// CHECK: verdict unit: all passed
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "razor_verdict.h"

static int failures;

#define EXPECT(cond)                                                          \
  do {                                                                        \
    if (!(cond)) {                                                            \
      printf("%s:%d: failed: %s\n", __FILE__, __LINE__, #cond);              \
      failures++;                                                             \
    }                                                                         \
  } while (0)

static enum razor_verdict judge(const int64_t *s, size_t n, int nostrict,
                                struct razor_verdict_info *info) {
  struct razor_verdict_opts o = {nostrict, 0, 0, 0};
  return razor_verdict(s, n, &o, info, NULL, 0);
}

/* A steady leak of STEP per call from BASE. */
static void ramp(int64_t *s, size_t n, int64_t base, int64_t step) {
  for (size_t i = 0; i < n; i++)
    s[i] = base + step * (int64_t)(i + 1);
}

int main(void) {
  int64_t s[64];
  struct razor_verdict_info info;

  /* No samples: no verdict, NULL samples allowed. */
  EXPECT(razor_verdict(NULL, 0, NULL, &info, NULL, 0) ==
         RAZOR_VERDICT_TOO_FEW);
  EXPECT(info.calls == 0 && info.strict == RAZOR_VERDICT_TOO_FEW &&
         info.nostrict == RAZOR_VERDICT_TOO_FEW);

  /* Fewer than min_calls (default 8): no verdict, whatever the growth. */
  ramp(s, 7, 0, 100);
  EXPECT(razor_verdict(s, 7, NULL, NULL, NULL, 0) == RAZOR_VERDICT_TOO_FEW);
  EXPECT(judge(s, 7, 1, &info) == RAZOR_VERDICT_TOO_FEW && info.calls == 7);
  ramp(s, 8, 0, 100);
  EXPECT(razor_verdict(s, 8, NULL, &info, NULL, 0) == RAZOR_VERDICT_GROWING);
  EXPECT(info.calls == 8 && info.middle_call == 4 && info.kept_middle == 400 &&
         info.kept_end == 700 && info.growth == 300 && info.end_samples == 2);
  /* min_calls chosen: 3 is enough, 20 is not. */
  struct razor_verdict_opts few = {0, 0, 0, 3};
  EXPECT(razor_verdict(s, 3, &few, NULL, NULL, 0) == RAZOR_VERDICT_GROWING);
  struct razor_verdict_opts many = {0, 0, 0, 20};
  EXPECT(razor_verdict(s, 8, &many, NULL, NULL, 0) == RAZOR_VERDICT_TOO_FEW);
  /* min_calls 1: one sample is judged, and never grows. */
  struct razor_verdict_opts one = {0, 0, 0, 1};
  EXPECT(razor_verdict(s, 1, &one, &info, NULL, 0) == RAZOR_VERDICT_CLEAN);
  EXPECT(razor_verdict(s, 2, &one, &info, NULL, 0) == RAZOR_VERDICT_CLEAN);

  /* Warmup leaves samples out; at or past n, nothing is left. */
  ramp(s, 12, 0, 10);
  struct razor_verdict_opts warm = {0, 4, 0, 0};
  EXPECT(razor_verdict(s, 12, &warm, &info, NULL, 0) == RAZOR_VERDICT_GROWING);
  EXPECT(info.calls == 8 && info.middle_call == 8);
  warm.warmup = 5;
  EXPECT(razor_verdict(s, 12, &warm, &info, NULL, 0) == RAZOR_VERDICT_TOO_FEW);
  EXPECT(info.calls == 7);
  warm.warmup = 12;
  EXPECT(razor_verdict(s, 12, &warm, &info, NULL, 0) == RAZOR_VERDICT_TOO_FEW);
  EXPECT(info.calls == 0);
  warm.warmup = UINT32_MAX;
  EXPECT(razor_verdict(s, 12, &warm, &info, NULL, 0) == RAZOR_VERDICT_TOO_FEW);
  /* Lazy initialisation: flat after the first calls. */
  for (size_t i = 0; i < 20; i++)
    s[i] = i < 2 ? 0 : 5000;
  EXPECT(judge(s, 20, 0, NULL) == RAZOR_VERDICT_CLEAN);

  /* All zeros, and a flat non-zero series: clean in both modes. */
  for (size_t i = 0; i < 40; i++)
    s[i] = 0;
  EXPECT(judge(s, 40, 0, &info) == RAZOR_VERDICT_CLEAN);
  EXPECT(info.nostrict == RAZOR_VERDICT_CLEAN && info.growth == 0 &&
         !info.gave_back && info.trend == 0);
  for (size_t i = 0; i < 40; i++)
    s[i] = 4096;
  EXPECT(judge(s, 40, 1, NULL) == RAZOR_VERDICT_CLEAN);

  /* Growth at the last call only is not enough. */
  s[39] = 1 << 20;
  EXPECT(judge(s, 40, 0, &info) == RAZOR_VERDICT_CLEAN);
  EXPECT(judge(s, 40, 1, NULL) == RAZOR_VERDICT_CLEAN);
  /* At the last two calls it is. */
  s[38] = 1 << 19;
  EXPECT(judge(s, 40, 0, &info) == RAZOR_VERDICT_GROWING);
  EXPECT(info.kept_end == 1 << 19 && info.kept_middle == 4096);

  /* Negative samples (a counter that went below its start) judge alike. */
  ramp(s, 32, -100000, 1000);
  EXPECT(judge(s, 32, 0, &info) == RAZOR_VERDICT_GROWING);
  EXPECT(info.kept_middle == -84000 && info.kept_end == -69000);

  /* Near the ends of int64_t: exact growth, no overflow. */
  for (size_t i = 0; i < 16; i++)
    s[i] = i < 8 ? INT64_MIN : INT64_MAX;
  EXPECT(judge(s, 16, 0, &info) == RAZOR_VERDICT_GROWING);
  EXPECT(info.growth == UINT64_MAX && info.kept_middle == INT64_MIN &&
         info.kept_end == INT64_MAX);
  ramp(s, 16, INT64_MAX - 17, 1);
  EXPECT(judge(s, 16, 0, &info) == RAZOR_VERDICT_GROWING && info.growth == 7);
  /* ... and given back from INT64_MAX to INT64_MIN: a reclaim, exact. */
  for (size_t i = 0; i < 16; i++)
    s[i] = i < 6 ? INT64_MAX : INT64_MIN + (int64_t)i;
  EXPECT(judge(s, 16, 0, &info) == RAZOR_VERDICT_CLEAN);
  EXPECT(info.gave_back && info.gave_back_call == 7 &&
         info.gave_back_max == UINT64_MAX - 6);
  EXPECT(judge(s, 16, 1, &info) == RAZOR_VERDICT_GROWING &&
         isinf(info.trend) && info.trend > 0);

  /* min_growth: kept growth of 300 passes 300, not 301. */
  ramp(s, 8, 0, 100);
  struct razor_verdict_opts mg = {0, 0, 300, 0};
  EXPECT(razor_verdict(s, 8, &mg, NULL, NULL, 0) == RAZOR_VERDICT_GROWING);
  mg.min_growth = 301;
  EXPECT(razor_verdict(s, 8, &mg, &info, NULL, 0) == RAZOR_VERDICT_CLEAN);
  EXPECT(info.growth == 300 && !info.growing);

  /* A flush: strict clean, nostrict growing; info says where. */
  for (size_t i = 0; i < 40; i++)
    s[i] = i < 12 ? 100 * (int64_t)(i + 1) : 100 * (int64_t)(i - 12);
  EXPECT(judge(s, 40, 0, &info) == RAZOR_VERDICT_CLEAN);
  EXPECT(info.strict == RAZOR_VERDICT_CLEAN &&
         info.nostrict == RAZOR_VERDICT_GROWING);
  EXPECT(info.gave_back && info.gave_back_call == 13 &&
         info.gave_back_max == 800 && info.keep_calls == 5);
  EXPECT(judge(s, 40, 1, NULL) == RAZOR_VERDICT_GROWING);

  /* A collector's saw-tooth on a flat floor: clean; on a rising floor: a
   * leak in both modes (the collections are not reclaim). */
  for (size_t i = 0; i < 60; i++)
    s[i] = (i + 1) % 4 == 0 ? 0 : 1000 * (int64_t)((i + 1) % 4);
  EXPECT(judge(s, 60, 0, &info) == RAZOR_VERDICT_CLEAN);
  EXPECT(info.temp_calls == 3 && info.end_samples == 4 && !info.gave_back);
  for (size_t i = 0; i < 60; i++)
    s[i] += 10 * (int64_t)((i + 1) / 4);
  EXPECT(judge(s, 60, 0, &info) == RAZOR_VERDICT_GROWING);
  EXPECT(info.nostrict == RAZOR_VERDICT_GROWING);

  /* Long series: work space needed past RAZOR_VERDICT_SMALL samples. */
  size_t n = 1000000;
  int64_t *big = malloc(n * sizeof *big);
  size_t *work = malloc(RAZOR_VERDICT_WORK(n) * sizeof *work);
  EXPECT(big && work);
  if (big && work) {
    for (size_t i = 0; i < n; i++) /* saw-tooth on a slowly rising floor */
      big[i] = (int64_t)(i / 1000) * 8 + (int64_t)(i % 7) * 100000;
    EXPECT(razor_verdict(big, n, NULL, &info, NULL, 0) ==
           RAZOR_VERDICT_NO_WORK);
    EXPECT(info.strict == RAZOR_VERDICT_NO_WORK && info.calls == n);
    EXPECT(razor_verdict(big, n, NULL, &info, work, RAZOR_VERDICT_WORK(n) - 4)
           == RAZOR_VERDICT_NO_WORK);
    EXPECT(razor_verdict(big, n, NULL, &info, work, RAZOR_VERDICT_WORK(n)) ==
           RAZOR_VERDICT_GROWING);
    EXPECT(info.temp_calls == 6 && info.keep_calls == n / 8);
    /* The largest series that needs none. */
    EXPECT(razor_verdict(big, RAZOR_VERDICT_SMALL, NULL, NULL, NULL, 0) !=
           RAZOR_VERDICT_NO_WORK);
  }
  free(big);
  free(work);

  if (failures) {
    printf("verdict unit: %d failed\n", failures);
    return 1;
  }
  printf("verdict unit: all passed\n");
  return 0;
}
