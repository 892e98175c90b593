/* Built with the plugin, optimized, without a traceback probe (so without
 * function records) and without -g: lib_visit calls through a pointer, so
 * it is split, and its body has no symbol of its own. */
#include <stdlib.h>
#include <string.h>
static char *(*volatile dup)(const char *) = strdup;
static char *kept[64];
static int n;
void lib_visit(void *arg) { kept[n++ % 64] = dup(arg); }
