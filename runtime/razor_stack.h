/* razor_stack.h - allocation call stacks (razor_stack.c): a bounded
 * frame-pointer walk on the hot path, and a depot that interns each
 * distinct stack once under a small id. */
#ifndef RAZOR_STACK_H
#define RAZOR_STACK_H

#include "razor_base.h"

/* Deepest stack ever recorded (max_frames is clamped to it). */
#define RAZOR_MAX_FRAMES 64
uint32_t razor_stack_capture(void *frame);
uint32_t razor_depot_put(const uintptr_t *pcs, uint32_t n);
const uintptr_t *razor_depot_get(uint32_t id, uint32_t *n);
unsigned long razor_depot_count(void);

#endif /* RAZOR_STACK_H */
