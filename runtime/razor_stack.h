/* razor_stack.h - allocation call stacks (razor_stack.c): a bounded
 * frame-pointer walk on the hot path (completed with the unwind tables
 * where it stops early), a depot that interns each distinct stack once
 * under a small id, and the suspect sites whose blocks get stacks. */
#ifndef RAZOR_STACK_H
#define RAZOR_STACK_H

#include "razor_base.h"
#include "razor_tls.h"

/* Deepest stack ever recorded (max_frames is clamped to it). */
#define RAZOR_MAX_FRAMES 64
uint32_t razor_stack_capture(void *frame, int foreign);
uint32_t razor_depot_put(const uintptr_t *pcs, uint32_t n);
uint32_t razor_depot_put_cut(const uintptr_t *pcs, uint32_t n, int cut);
const uintptr_t *razor_depot_get(uint32_t id, uint32_t *n);
int razor_depot_cut(uint32_t id);
unsigned long razor_depot_count(void);
unsigned long razor_stack_unwound(void);

/* libgcc's unwinder (libgcc_s, not linked: razor_stack.c), loaded by the
 * first call; the stack walks use it from then on.  Call it outside the
 * allocation hooks (it may load a library). */
void razor_unwind_load(void);
/* Its lookup of the unwind table entry (FDE) of a code address
 * (razor_symbolize.c's unwind_function), loaded first; NULL without it. */
struct dwarf_eh_bases {
  void *tbase, *dbase, *func;
};
typedef const void *razor_find_fde_fn(void *pc, struct dwarf_eh_bases *bases);
razor_find_fde_fn *razor_unwind_find_fde(void);

/* Suspect sites (two-phase capture): a `traceback` probe's blocks carry a
 * stack only once their site's retained bytes rose at RAZOR_SUSPECT_RISES
 * samples (razor_account.c).  A byte per site id, in one mapping made at
 * the first mark (pages never written stay unbacked); ids from
 * RAZOR_SUSPECT_MAX on are never suspect. */
#define RAZOR_SUSPECT_RISES 3
#define RAZOR_SUSPECT_MAX (1u << 22)
extern _Atomic(unsigned char *) razor_suspect;
void razor_site_mark_suspect(uint32_t sid);

static inline int razor_site_suspect(uint32_t sid) {
  const unsigned char *s =
      atomic_load_explicit(&razor_suspect, memory_order_relaxed);
  return RAZOR_UNLIKELY(s != NULL) && sid < RAZOR_SUSPECT_MAX &&
         __atomic_load_n(&s[sid], __ATOMIC_RELAXED);
}

/* Stacks are taken at every allocation of a suspect site for this thread's
 * first RAZOR_STACK_ALL stacks; then at random ones, on average one in
 * stack_taken / RAZOR_STACK_ALL (heapprofd's way, by count): the stacks
 * taken grow as the square root of the allocations, so a long run at a hot
 * suspect site pays almost nothing, and the report says how many of the
 * retained blocks have a stack.  True when the current allocation (at a
 * suspect site, this thread sampling with `traceback`) gets one. */
#define RAZOR_STACK_ALL 256
int razor_stack_pick(struct razor_tls *t);

static inline int razor_stack_due(struct razor_tls *t) {
  if (RAZOR_LIKELY(t->stack_skip > 1)) {
    t->stack_skip--;
    return 0;
  }
  return razor_stack_pick(t);
}

#endif /* RAZOR_STACK_H */
