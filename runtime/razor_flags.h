/* razor_flags.h - RAZOR_OPTIONS, parsed once at start-up.
 *
 * Precedence: the defaults of razor_flags.inc, then the RAZOR_OPTIONS items
 * from left to right (a later item overrides an earlier one).  Any error
 * (unknown key, bad value, unreadable suppressions file, output that cannot
 * be opened for appending) prints one "razortrace: ..." line and disables
 * the tracer for the whole run.
 */
#ifndef RAZOR_FLAGS_H
#define RAZOR_FLAGS_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "razor_spec.h"

enum razor_format {
  RAZOR_FORMAT_TEXT,
  RAZOR_FORMAT_JSON,
  RAZOR_FORMAT_HTML,
  RAZOR_FORMAT_SARIF
};
enum razor_report_mode { RAZOR_REPORT_EXIT, RAZOR_REPORT_CALL, RAZOR_REPORT_NONE };
enum razor_output { RAZOR_OUT_STDERR, RAZOR_OUT_STDOUT, RAZOR_OUT_PATH };

struct razor_suppression {
  int is_function;
  const char *glob;
  uint32_t line; /* 0: any line */
};

typedef const char *razor_flag_str;
typedef int razor_flag_int;
typedef int razor_flag_bool;

/* The parsed RAZOR_OPTIONS.  Raw values first (from razor_flags.inc), then
 * what they were turned into. */
struct razor_flags {
#define RAZOR_FLAG(type, name, def, desc) razor_flag_##type name;
#include "razor_flags.inc"
#undef RAZOR_FLAG
  enum razor_output out_kind;
  const char *out_path; /* %p expanded */
  enum razor_format fmt;
  enum razor_report_mode mode;
  const char *here_real; /* realpath of `here`; NULL when unset */
  struct razor_suppression *supp;
  size_t nsupp;
  int signo; /* 0: none */
  /* strict, warmup, min_growth, min_calls and traceback as a spec: what
   * `given` says wins over every probe's annotation. */
  struct razor_spec probe;
};
extern struct razor_flags razor_flags;
int razor_flags_init(const char *options);
void razor_flags_help(FILE *out);
/* The output path, opened for one report without ever waiting (NULL
 * with errno: ENXIO for a FIFO nobody reads), and closed again; SIGPIPE
 * is held back on the calling thread in between. */
FILE *razor_output_open(int rewrite, sigset_t *saved);
int razor_output_close(FILE *f, const sigset_t *saved);
/* In a forked child: `output` with %p names the child's own file. */
void razor_flags_after_fork(void);

#endif /* RAZOR_FLAGS_H */
