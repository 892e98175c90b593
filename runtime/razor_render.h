/* razor_render.h - the report model and its renderers (razor_render.c).
 *
 * A report is plain data: probes, their sites (findings, and with `debug`
 * every site that holds anything), each site's samples, the verdict's
 * numbers, `via` and traceback frames.  Two producers build it: the runtime
 * from its snapshot (razor_report.c), and razor-report from JSON Lines
 * (tools/razor_model.c).  The renderers below take only the model: no
 * runtime state, no locks, no allocation (they write through stdio; a
 * source line is read with open/read into the caller's buffer), so the
 * runtime's reports and razor-report's are one implementation.
 *
 * Strings are never NULL unless said; they belong to the producer and live
 * as long as the model.
 */
#ifndef RAZOR_RENDER_H
#define RAZOR_RENDER_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* At most this many samples are kept per series in a report (first and
 * last kept; razor_rep_sample_call says which call each is). */
#define RAZOR_REP_MAX_SAMPLES 64

/* One traceback frame, innermost first. */
struct razor_rep_frame {
  const char *function, *file, *module; /* "" when unknown */
  const char *dir;   /* for a relative FILE: the compilation directory */
  uint32_t line, column;
  int inlined;
  uint64_t offset;   /* in MODULE, when FILE is "" */
};

/* `traceback`: one stack of a site's blocks retained at the last sample,
 * with their bytes and blocks.  MAX_FRAMES: 0, or the stack went on past
 * its outermost frame and was cut there, at max_frames = MAX_FRAMES
 * (text: "... more frames (max_frames=16)", JSON: "truncated": true and
 * "max_frames"). */
struct razor_rep_stack {
  int64_t bytes, blocks;
  const struct razor_rep_frame *frames;
  size_t nframes;
  uint32_t max_frames;
};

/* Stacks the text report shows per site (JSON shows all it has). */
#define RAZOR_REP_TEXT_STACKS 3

/* A site's samples in one process and what the verdict made of them. */
struct razor_rep_series {
  const int64_t *samples; /* retained bytes (a resource: how many open) */
  uint32_t nsamples;      /* at most RAZOR_REP_MAX_SAMPLES */
  uint64_t calls;         /* the calls they were taken after (1..calls) */
  int has_kept;           /* the four numbers below are known */
  uint64_t middle_call, end_samples; /* razor_verdict_info's */
  int64_t kept_middle, kept_end;
};

/* One process's part of a merged site (razor-report merge). */
struct razor_rep_proc {
  long pid;
  int64_t total, blocks;
  int finding, reclaimed;
  struct razor_rep_series s;
};

struct razor_rep_site {
  const char *file, *dir; /* DIR: compilation directory, "" when unknown */
  const char *function;
  const char *source;     /* NULL or "": read from the file when rendering */
  const char *kind;       /* what the program called ("strdup", "fd") */
  uint32_t line, column;
  int counted;            /* a resource: TOTAL is how many are open */
  int64_t total, blocks;
  int reclaimed, finding;
  struct razor_rep_series s;
  int has_via;
  const char *via_function, *via_file; /* VIA_FILE NULL: none known */
  const char *via_wrapper; /* the allocation wrapper called; NULL: none */
  uint32_t via_line;
  int has_traceback;
  const struct razor_rep_frame *frames; /* the largest stack's (or the
                                            site's frame alone) */
  size_t nframes;
  /* The stacks of its retained blocks, largest first (NSTACKS 0: none
   * recorded, or a report from before they were); STACKS_MORE: stacks
   * left out; STACK_BLOCKS: retained blocks that have a stack (blocks
   * allocated before the site was seen to grow have none). */
  int has_stacks; /* STACK_BLOCKS and the stacks are known */
  const struct razor_rep_stack *stacks;
  size_t nstacks;
  uint64_t stacks_more;
  int64_t stack_blocks;
  const struct razor_rep_proc *procs; /* merged: per process; else NULL */
  size_t nprocs;
};

/* One process's part of a merged probe. */
struct razor_rep_pprobe {
  long pid;
  uint64_t calls;
  int judged, findings;
};

struct razor_rep_probe {
  const char *function, *trigger, *file;
  uint32_t line;
  uint64_t calls;
  int judged;          /* 0: too few calls for a verdict */
  uint32_t min_calls, warmup;
  int debug;           /* sites carry "finding" (every held site listed) */
  int traceback;
  const struct razor_rep_site *sites;
  size_t nsites;
  const struct razor_rep_pprobe *procs; /* merged: per process; else NULL */
  size_t nprocs;
};

struct razor_rep {
  long pid;                /* the process; merged: pids[0] */
  const long *pids;        /* merged: every process; else NULL */
  size_t npids;
  unsigned long dropped;   /* records the runtime could not keep */
  const struct razor_rep_probe *probes;
  size_t nprobes;
};

/* How html and sarif name files. */
struct razor_render_opts {
  const char *source_root; /* absolute; paths under it are made relative
                              (SARIF's SRCROOT); NULL: none */
  const char *tool_version;
};

/* The call (1-based) sample I of NSAMPLES was taken after, for samples
 * thinned from CALLS calls (every call when NSAMPLES >= CALLS). */
uint64_t razor_rep_sample_call(uint32_t i, uint32_t nsamples, uint64_t calls);

/* Findings of probe P (sites with `finding`). */
int razor_rep_findings(const struct razor_rep_probe *p);

/* The source line LINE of FILE (relative to DIR when not absolute and DIR
 * is not ""), blanks trimmed, into BUF; returns BUF, or NULL when it cannot
 * be read.  open/read only: no allocation. */
const char *razor_rep_read_source(const char *file, const char *dir,
                                  uint32_t line, char *buf, size_t n);

/* Writes JSON string S (NULL: "") with escapes; invalid UTF-8 becomes
 * U+FFFD. */
void razor_rep_json_str(FILE *o, const char *s);

/* FILE (relative to DIR when not absolute and DIR is not "") lexically
 * normalized into OUT (N bytes): no "//", "/./", "x/..".  A relative
 * path stays relative (leading ".." kept). */
void razor_norm_path(const char *file, const char *dir, char *out, size_t n);

/* The renderers.  Each writes one report (html, sarif: one document for N
 * reports) to O and returns nothing; the caller checks ferror(O).
 *   text:  the text report (SPEC section 5), the SUMMARY line last;
 *   json:  one JSON object and a newline;
 *   html:  one self-contained HTML page (no script, no external resource);
 *   sarif: one SARIF 2.1.0 log, one result per finding. */
void razor_render_text(FILE *o, const struct razor_rep *r);
/* One site of probe P as the text report writes it (its two lines, and
 * the traceback and sizes when P has them). */
void razor_render_text_site(FILE *o, const struct razor_rep_probe *p,
                            const struct razor_rep_site *s);
void razor_render_json(FILE *o, const struct razor_rep *r);
void razor_render_html(FILE *o, const struct razor_rep *r, size_t n,
                       const struct razor_render_opts *opts);
void razor_render_sarif(FILE *o, const struct razor_rep *r, size_t n,
                        const struct razor_render_opts *opts);

#ifdef __cplusplus
}
#endif

#endif /* RAZOR_RENDER_H */
