/* Built WITH the plugin into a shared library that dlopen-dlclose.c loads,
 * unloads and loads again.  dlopen-dlclose.c checks the line and column of
 * the malloc below (line 10, column 21): keep them where they are. */
#include <stdlib.h>

static void *kept[64];
static int n;

int plugin_leak(int call) {
  void *p = (void *)malloc(48); /* one 48-byte block kept per call */
  kept[n++] = p;
  return p ? call : -1;
}
