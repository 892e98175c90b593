/* razor_table.h - the pointer table (razor_table.c): the records of
 * tracked blocks that carry no header (aligned blocks, mappings, resources,
 * blocks of another allocator), pointer -> (size, context, serial).  Only
 * the record owner (razor_record.c) changes it. */
#ifndef RAZOR_TABLE_H
#define RAZOR_TABLE_H

#include "razor_block.h"

/* Records block B; see razor_table.c for YOUNG and the results (1: an old
 * entry for B->ptr was replaced and copied to OLD, 0: new, -1: not kept). */
int razor_table_insert(const struct razor_block *b, struct razor_block *old,
                       int young);
/* A stale entry a young table's move found, into OUT: 1, or 0. */
int razor_table_stale(struct razor_block *out);
/* Removes PTR: 1 with its entry in OUT, 0 when it was not there. */
int razor_table_remove(uintptr_t ptr, struct razor_block *out);
int razor_table_contains(uintptr_t ptr);
/* PTR's entry into OUT, left in the table: 1, or 0 when it is not there. */
int razor_table_get(uintptr_t ptr, struct razor_block *out);
void razor_table_thread_exit(void);
void razor_table_fork_lock(int lock);

#endif /* RAZOR_TABLE_H */
