/* razor_model.h - razor-report's side of the report model
 * (runtime/razor_render.h): a report read from one JSON line, and many
 * reports merged into one.  The renderers are the runtime's own
 * (runtime/razor_render.c); this file only fills the model.  Plain C with
 * malloc: razor-report is never linked with the tracing runtime.
 */
#ifndef RAZOR_MODEL_H
#define RAZOR_MODEL_H

#include <stddef.h>

#include "razor_json.h"
#include "razor_render.h"

/* The newest report format read ("razortrace": N). */
#define RAZOR_MODEL_FORMAT 1

struct razor_model_mem;

/* A report and the memory it lives in. */
struct razor_model {
  struct razor_rep rep;
  struct razor_model_mem *mem;
};

/* Reads the report object toks[0] of TEXT (a JSON line already parsed,
 * with "razortrace" checked) into *M.  Returns 0, or -1 with a one-line
 * message in ERR (what is wrong, naming the key: `probes[0].sites[1].line
 * is not an integer`) and *M empty. */
int razor_model_read(struct razor_model *m, const char *text,
                     const struct razor_json_tok *toks, char *err,
                     size_t errlen);

/* Merges the N reports IN into *OUT (SPEC section 8, razor-report merge):
 * probes matched by function and file, sites by file:line:column; each
 * process's (pid's) samples kept apart, a later report of the same pid and
 * probe replacing an earlier one; findings unioned.  Returns 0, -1 when out
 * of memory.  *OUT owns its memory; IN may be freed afterwards. */
int razor_model_merge(struct razor_model *out, const struct razor_model *in,
                      size_t n);

void razor_model_free(struct razor_model *m);

#endif /* RAZOR_MODEL_H */
