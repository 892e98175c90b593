/* razor_probe.h - activations (razor_probe.c): a probe's calls on a
 * thread, opened at its entry and closed (its sample taken) at every way
 * out: return, exception, exit(), thread exit, or a longjmp noticed later.
 * The probe records themselves are the registry's (razor_registry.h). */
#ifndef RAZOR_PROBE_H
#define RAZOR_PROBE_H

#include "razor_registry.h"
#include "razor_tls.h"

/* Bumped by the setenv family: probes re-read their trigger when it moved. */
extern atomic_uint razor_env_gen;
/* Set when RAZOR_OPTIONS was bad: nothing samples, nothing reports. */
extern atomic_int razor_disabled;
/* Set at start-up when this process cannot be traced (razor_init.c, or
 * __razor_variables_check in razor_registry.c): the
 * one line a probe whose trigger is on prints, once, instead of sampling.
 * NULL: it can. */
extern const char *razor_refusal;

/* Starts an activation of P on this thread (FRAME: the probe function's;
 * API: begun through the C API).  Returns its token, 0 when not sampled. */
uint32_t razor_enter(struct razor_probe *p, void *frame, int api);
/* Ends the activation of P with TOKEN (API: P's innermost). */
void razor_exit(struct razor_probe *p, uint32_t token, int api);
/* Closes every open activation of this thread, innermost first. */
void razor_close_all(void);
/* Closes the activations a longjmp left: those at or below FRAME. */
void razor_reap(void *frame);
/* razor_reap from a hook, judged from its own out-of-line frame. */
void razor_reap_here(void);
/* Takes (LOCK set) or releases the lock of the threads' blocks around
 * fork(). */
void razor_tls_fork_lock(int lock);
/* Remakes thread T's probe set after its activations or an epoch moved. */
void razor_refresh_set(struct razor_tls *t);

/* Called after each sampled call of P returns and its sample is taken
 * (razor_init.c sets it: the per-call report).  Runs with the thread's
 * guard set.  NULL: nothing. */
extern void (*razor_on_call_closed)(struct razor_probe *p);

#endif /* RAZOR_PROBE_H */
