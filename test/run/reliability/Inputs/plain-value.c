int plain_value(void) { return 42; }

#ifdef KEEP
/* -DKEEP: the library keeps a block of its own, made while it loads. */
#include <stdlib.h>
static void *kept;
__attribute__((constructor)) static void keep(void) { kept = malloc(100); }
#endif
