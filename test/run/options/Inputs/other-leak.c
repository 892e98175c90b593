/* A second translation unit, built with the plugin, that leaks 50 bytes a
 * call from other_leak (line 8). */
#include <stdlib.h>

static void *other_keep[64];
static int other_n;

void other_leak(void) { other_keep[other_n++] = malloc(50); }
