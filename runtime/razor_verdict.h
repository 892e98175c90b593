/* razor_verdict.h - the verdict on one site's samples (SPEC section 1, "The
 * verdict"): is the memory it keeps still growing, and did it ever give kept
 * memory back?  One pure function, shared by the runtime's reports and by
 * `razor-report verdict`.  It never allocates: series longer than
 * RAZOR_VERDICT_SMALL samples need work space from the caller.
 */
#ifndef RAZOR_VERDICT_H
#define RAZOR_VERDICT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Options; a zeroed struct (or NULL) is the default: strict, no warmup, no
 * minimum growth, 8 calls at least. */
struct razor_verdict_opts {
  int nostrict;        /* nonzero: the nostrict verdict is returned */
  uint32_t warmup;     /* samples left out at the start */
  uint64_t min_growth; /* least growth of kept memory, middle to end, in the
                          samples' unit (bytes; handles for a resource site) */
  uint32_t min_calls;  /* fewest samples judged after warmup; 0: 8 */
};

enum razor_verdict {
  RAZOR_VERDICT_NO_WORK = -2, /* more than RAZOR_VERDICT_SMALL samples and
                                 too little work space */
  RAZOR_VERDICT_TOO_FEW = -1, /* fewer than min_calls samples: no verdict */
  RAZOR_VERDICT_CLEAN = 0,
  RAZOR_VERDICT_GROWING = 1,  /* a finding */
};

/* What the verdict saw, for reports and charts.  Calls are numbered from 1
 * over the whole series, warmup included (s[k] is the sample after call
 * k + 1). */
struct razor_verdict_info {
  enum razor_verdict strict, nostrict; /* both modes' verdicts */
  size_t calls;           /* samples judged (after warmup) */
  size_t middle_call;     /* kept_middle is what stays from this call on */
  size_t end_samples;     /* kept_end is the least of this many last samples */
  size_t keep_calls;      /* memory that stays this many calls is kept */
  size_t temp_calls;      /* T: the longest stay of temporary memory */
  int64_t kept_middle;    /* kept memory at the middle (see above) */
  int64_t kept_end;       /* kept memory at the end */
  uint64_t growth;        /* kept_end - kept_middle; 0 when not above */
  int growing;            /* growth > 0 and growth >= min_growth */
  int gave_back;          /* kept memory was given back (a reclaim) */
  size_t gave_back_call;  /* the first call that gave it back; 0: none */
  uint64_t gave_back_max; /* the most kept memory one call gave back */
  double trend;           /* nostrict's test: slope / its standard error over
                             the middle call to the one before last; +-HUGE_VAL
                             for an exact straight line, 0 for fewer than 3
                             samples there */
};

/* Series of up to this many samples need no work space from the caller. */
#define RAZOR_VERDICT_SMALL 1024
/* Work space for a series of N samples, in size_t entries. */
#define RAZOR_VERDICT_WORK(n) ((n) / 8 + 4)

/* The verdict, in plain words.
 *
 * A site's samples are the bytes (for a resource site: the handles) it still
 * holds after each sampled call.  They mix memory the program keeps (a leak,
 * a cache) with temporary memory that a later call gives back (a collector's
 * garbage, a per-request buffer, the previous call's result).  The verdict
 * is about the kept part.
 *
 * - The first `warmup` samples are left out.  With fewer than `min_calls`
 *   samples left (default 8) there is no verdict: too few calls to tell.
 * - Kept at the middle: the least the site holds at any call from the middle
 *   call (call n/2 of n) to the end: memory that stays from then on.
 * - How long memory stayed: when a sample falls below the samples just
 *   before it, the memory given back had stayed that many calls.  Memory
 *   that stayed at least an eighth of the calls (and at least 2) was kept:
 *   giving it back is a reclaim (a cache flush).  Anything shorter-lived was
 *   temporary; the longest such stay is the site's temporary lifetime T (0
 *   when it never gave anything back).
 * - Kept at the end: the least the site holds over its last max(T, 1) + 1
 *   samples: memory that has already stayed longer than this site's
 *   temporary memory ever does.  The last sample alone never counts: growth
 *   seen only at the very last call (its own result, an exception in flight)
 *   is not enough.
 * - Still growing: kept at the end exceeds kept at the middle, by at least
 *   `min_growth`.
 * - strict (the default) reports a site that is still growing and never
 *   gave kept memory back.
 * - nostrict also reports one that gave kept memory back but still grew
 *   with a trend that stands out from the noise: the samples from the middle
 *   call to the one before last rise with a least-squares slope at least 4
 *   standard errors above zero (a series of independent noise passes that
 *   about once in a thousand; a flush followed by steady growth always does).
 *
 * So a list gaining an entry every tenth call grows; a cache that fills up
 * and stays flat does not; a collector's saw-tooth is judged by the floor it
 * returns to, rising (a leak) or not; a flush of memory held for a long time
 * is a reclaim, a collection every few calls is not.  All of it is exact
 * integer work on every sample, O(n) time, except the nostrict trend (O(n)
 * floating point, only consulted after a reclaim).
 *
 * razor_verdict judges the samples s[0..n-1] of one site of one probe so
 * (a probe with `clear` is judged per call by its caller: s1 > 0).
 * s: the samples, read only; may be NULL when n is 0.
 * o: options, NULL for the defaults.
 * info: filled in when not NULL (always, whatever the result; fields that
 *   do not apply are 0).
 * work, work_len: work space of work_len size_t entries, at least
 *   RAZOR_VERDICT_WORK(n); may be NULL and 0 when n <= RAZOR_VERDICT_SMALL.
 * Returns the verdict of the mode o->nostrict selects (both are in info):
 * RAZOR_VERDICT_GROWING (a finding), RAZOR_VERDICT_CLEAN,
 * RAZOR_VERDICT_TOO_FEW, or RAZOR_VERDICT_NO_WORK (work space missing; info
 * then says only calls).  Pure: no allocation, no global state, no locks;
 * safe in any thread and in a signal handler. */
enum razor_verdict razor_verdict(const int64_t *s, size_t n,
                                 const struct razor_verdict_opts *o,
                                 struct razor_verdict_info *info,
                                 size_t *work, size_t work_len);

#ifdef __cplusplus
}
#endif

#endif /* RAZOR_VERDICT_H */
