/* razortrace.h - mark probes and drive the tracer from C or C++.
 *
 * Build with:  clang -g -fplugin=<prefix>/lib/razortrace.so app.c \
 *                    -L<prefix>/lib -lrazortrace
 * Run with:    TRACE_TEXT=1 ./app
 *
 * All functions are thread-safe.  A razor_probe_begin and its
 * razor_probe_end run on the same thread.
 */
#ifndef RAZORTRACE_H
#define RAZORTRACE_H

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Marks a function as a probe.  SPEC is "TRIGGER{,OPTION}": TRIGGER is an
 * environment variable name (empty: always on); OPTION is one of traceback,
 * clear, strict, nostrict, debug.  May sit on any declaration. */
#define RAZOR_PROBE(spec) __attribute__((annotate("razor_probe:" spec)))

typedef struct razor_probe razor_probe;

/* Creates a probe driven by hand with razor_probe_begin/razor_probe_end.
 * NAME names it in reports; SPEC is as for RAZOR_PROBE.  Returns NULL and
 * prints one line when SPEC is malformed.  Free it with razor_probe_destroy. */
razor_probe *razor_probe_create(const char *name, const char *spec);

/* Starts a sample.  Returns 1 when the trigger is on and a sample started,
 * 0 otherwise (then razor_probe_end is a no-op, but calling it is fine). */
int razor_probe_begin(razor_probe *p);

/* Ends the sample started by the last razor_probe_begin of this thread. */
void razor_probe_end(razor_probe *p);

/* The probe of an annotated function, by its (demangled) name or by its
 * address.  NULL when there is none.  The result is owned by the runtime. */
razor_probe *razor_probe_find(const char *function);
razor_probe *razor_probe_find_fn(void (*fn)(void));

/* Destroys a probe from razor_probe_create; NULL and compiled probes are
 * ignored. */
void razor_probe_destroy(razor_probe *p);

/* Writes the report of one probe, or of every probe, to OUT in the format
 * chosen by RAZOR_OPTIONS.  Returns the number of findings. */
int razor_probe_report(razor_probe *p, FILE *out);
int razor_report(FILE *out);

/* Drops the samples of a probe, like trace.reset() in the original. */
void razor_probe_reset(razor_probe *p);

#ifdef __cplusplus
}
#endif

#endif /* RAZORTRACE_H */
