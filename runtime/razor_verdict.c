/* razor_verdict.c - the verdict on one site's samples; the rule, in plain
 * words, is in razor_verdict.h.  Pure C11: no allocation, no libc beyond
 * the headers, no libm (the runtime links nothing else). */
#include <float.h>
#include <math.h>

#include "razor_verdict.h"

/* a - b for a >= b, exact over the whole int64_t range. */
static uint64_t diff(int64_t a, int64_t b) {
  return (uint64_t)a - (uint64_t)b;
}

/* The square root of v >= 0 by Newton's method from a guess with half the
 * exponent: no libm.  Good to the last bit or two, which is all a report
 * shows. */
static double root(double v) {
  if (!(v > 0) || v > DBL_MAX)
    return v > 0 ? v : 0;
  union { double d; uint64_t u; } g = {v};
  g.u = (g.u >> 1) + ((uint64_t)0x3ff << 51); /* ~sqrt: halve the exponent */
  double x = g.d;
  for (int i = 0; i < 6; i++)
    x = 0.5 * (x + v / x);
  return x;
}

/* s[i] - s[0] as a double, without overflow; exact while the two are
 * within 2^53 of each other. */
static double offset(const int64_t *s, size_t i) {
  return s[i] >= s[0] ? (double)diff(s[i], s[0]) : -(double)diff(s[0], s[i]);
}

/* The trend test of nostrict: the least-squares slope of s[0..m-1] against
 * the call number, over its standard error.  +-HUGE_VAL when the points lie
 * on a straight line that is not flat, 0 for fewer than 3 points or a flat
 * line.  Two passes (the mean, then centred sums) over the samples' offsets
 * from the first keep huge samples exact enough. */
static double trend(const int64_t *s, size_t m) {
  if (m < 3)
    return 0;
  double mean = 0;
  for (size_t i = 0; i < m; i++)
    mean += offset(s, i);
  mean /= (double)m;
  double xbar = (double)(m - 1) / 2, sxy = 0, syy = 0;
  for (size_t i = 0; i < m; i++) {
    double dy = offset(s, i) - mean;
    sxy += ((double)i - xbar) * dy;
    syy += dy * dy;
  }
  double dm = (double)m, sxx = dm * (dm * dm - 1) / 12;
  double explained = sxy * sxy / sxx, rss = syy - explained;
  if (sxy == 0)
    return 0;
  if (rss <= syy * 1e-12)
    return sxy > 0 ? HUGE_VAL : -HUGE_VAL;
  double t = root(explained / (rss / (dm - 2)));
  return sxy > 0 ? t : -t;
}

/* The stays of memory given back, from one pass over s[0..n-1] with a
 * window of the last `keep` calls: a deque (ring of `cap` entries in q) of
 * the window's indices whose samples no later sample in it undercuts, so
 * its front holds the window's least sample.  A sample below all of the
 * window's gave back kept memory; one below only the last few gave back
 * memory that stayed that few calls. */
struct stays {
  size_t temp;      /* longest stay of temporary memory */
  size_t first;     /* first index that gave kept memory back; 0: none */
  int gave_back;
  uint64_t max_back;
};

static void stays(const int64_t *s, size_t n, size_t keep, size_t *q,
                  size_t cap, struct stays *out) {
  size_t head = 0, len = 0; /* q[head], ..., q[(head + len - 1) % cap] */
  out->temp = 0;
  out->first = 0;
  out->gave_back = 0;
  out->max_back = 0;
  for (size_t j = 0; j < n; j++) {
    int64_t v = s[j];
    while (len && q[head] + keep < j) { /* left the window [j-keep, j-1] */
      head = head + 1 == cap ? 0 : head + 1;
      len--;
    }
    if (len && s[q[head]] > v && j >= keep) {
      /* Below every sample of the last `keep` calls. */
      uint64_t back = diff(s[q[head]], v);
      if (!out->gave_back)
        out->first = j;
      out->gave_back = 1;
      if (back > out->max_back)
        out->max_back = back;
    }
    while (len && s[q[(head + len - 1) % cap]] > v)
      len--;
    /* The stay: the calls since the last sample at or below v. */
    size_t stay = len ? j - q[(head + len - 1) % cap] - 1 : j;
    if (stay < keep && stay > out->temp)
      out->temp = stay;
    q[(head + len) % cap] = j;
    len++;
  }
}

/* The rule in plain words and the contract are above the declaration in
 * razor_verdict.h. */
enum razor_verdict razor_verdict(const int64_t *s, size_t n,
                                 const struct razor_verdict_opts *o,
                                 struct razor_verdict_info *info,
                                 size_t *work, size_t work_len) {
  static const struct razor_verdict_opts defaults = {0, 0, 0, 0};
  struct razor_verdict_info scratch_info;
  struct razor_verdict_info *in = info ? info : &scratch_info;
  if (!o)
    o = &defaults;
  *in = (struct razor_verdict_info){0};
  in->strict = in->nostrict = RAZOR_VERDICT_TOO_FEW;

  size_t warmup = o->warmup < n ? o->warmup : n;
  n -= warmup;
  in->calls = n;
  size_t min_calls = o->min_calls ? o->min_calls : 8;
  if (n < min_calls || n == 0)
    return RAZOR_VERDICT_TOO_FEW;
  s += warmup;

  /* Kept memory is what stays at least `keep` calls. */
  size_t keep = n / 8 + (n % 8 != 0);
  if (keep < 2)
    keep = 2;
  size_t local[RAZOR_VERDICT_WORK(RAZOR_VERDICT_SMALL)];
  size_t cap = keep + 1;
  if (cap <= sizeof local / sizeof local[0]) {
    work = local;
  } else if (!work || work_len < cap) {
    in->strict = in->nostrict = RAZOR_VERDICT_NO_WORK;
    return RAZOR_VERDICT_NO_WORK;
  }
  struct stays st;
  stays(s, n, keep, work, cap, &st);

  /* Kept at the middle: the least sample from the middle call on. */
  size_t mid = n >= 2 ? n / 2 - 1 : 0;
  int64_t kept_mid = s[mid];
  for (size_t i = mid + 1; i < n; i++)
    if (s[i] < kept_mid)
      kept_mid = s[i];
  /* Kept at the end: the least of the last max(T, 1) + 1 samples. */
  size_t end = (st.temp > 1 ? st.temp : 1) + 1;
  if (end > n)
    end = n;
  int64_t kept_end = s[n - end];
  for (size_t i = n - end + 1; i < n; i++)
    if (s[i] < kept_end)
      kept_end = s[i];

  uint64_t growth = kept_end > kept_mid ? diff(kept_end, kept_mid) : 0;
  int growing = growth > 0 && growth >= o->min_growth;
  /* The trend from the middle call to the one before last. */
  double t = trend(s + mid, n - 1 - mid);

  in->middle_call = warmup + mid + 1;
  in->end_samples = end;
  in->keep_calls = keep;
  in->temp_calls = st.temp;
  in->kept_middle = kept_mid;
  in->kept_end = kept_end;
  in->growth = growth;
  in->growing = growing;
  in->gave_back = st.gave_back;
  in->gave_back_call = st.gave_back ? warmup + st.first + 1 : 0;
  in->gave_back_max = st.max_back;
  in->trend = t;
  in->strict = growing && !st.gave_back ? RAZOR_VERDICT_GROWING
                                        : RAZOR_VERDICT_CLEAN;
  in->nostrict = growing && (!st.gave_back || t >= 4.0)
                     ? RAZOR_VERDICT_GROWING
                     : RAZOR_VERDICT_CLEAN;
  return o->nostrict ? in->nostrict : in->strict;
}
