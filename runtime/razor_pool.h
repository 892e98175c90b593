/* razor_pool.h - custom allocators' client calls (razor_pool.c): what the
 * rest of the runtime needs of them. */
#ifndef RAZOR_POOL_H
#define RAZOR_POOL_H

/* Takes (LOCK set) or releases the registry's and the chunks' locks
 * around fork() (razor_init.c). */
void razor_pool_fork_lock(int lock);

#endif /* RAZOR_POOL_H */
