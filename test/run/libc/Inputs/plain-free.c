/* Built without the plugin: releases blocks the instrumented code allocated. */
#include <stdlib.h>

void plain_free(void *p) { free(p); }

void *plain_realloc(void *p, size_t n) { return realloc(p, n); }
