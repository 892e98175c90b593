/* Built WITH the plugin into two shared libraries of the same size, which
 * dlopen-reuse-ids.c loads one after the other at the same address: the
 * second (-DSECOND) has its malloc at line 100, the first at line 13. */
#include <stdlib.h>

static void *kept[64];
static int n;

#ifdef SECOND
#line 98
#endif
int lib_leak(void) {
  kept[n++] = malloc(40);
  return n;
}
