/* razor_init.h - start-up and the end (razor_init.c). */
#ifndef RAZOR_INIT_H
#define RAZOR_INIT_H

/* Makes sure RAZOR_OPTIONS was read and the exit report registered.  Runs
 * once; cheap afterwards; a nested call during initialisation returns. */
void razor_ensure_init(void);
/* True once initialisation finished. */
int razor_init_done(void);
/* True once the exit report ran (modules unloaded after it need nothing). */
int razor_exit_reported(void);

#endif /* RAZOR_INIT_H */
