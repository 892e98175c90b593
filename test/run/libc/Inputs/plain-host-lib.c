/* An instrumented library: its probe keeps a block from an instrumented
 * malloc and one from malloc called through a pointer (as cJSON's hooks
 * do: the call is not a malloc call the plugin can see) on every call. */
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

static void *blocks[16];
static char *names[16];
static void *(*volatile allocate)(size_t) = malloc;
static int n;

RAZOR_PROBE("TRACE_LIB") void lib_request(int i);

void lib_request(int i) {
  blocks[n] = malloc(100);
  names[n++] = allocate(24);
  (void)i;
}

int lib_kept(void) { return n; }
