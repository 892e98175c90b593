/* Built without the plugin: its free() is not instrumented. */
#include <stdlib.h>

void release(void *p) { free(p); }
