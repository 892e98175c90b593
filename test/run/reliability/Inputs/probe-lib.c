/* An instrumented shared library, as a plugin or a Python extension ships:
 * one probe that keeps a string a call. */
#include <razortrace.h>
#include <stdlib.h>
#include <string.h>

static char *kept[64];

RAZOR_PROBE("TRACE_LIB") int lib_work(int i) {
  kept[i % 64] = strdup("twelve bytes");
  free(malloc(100));
  return (int)strlen(kept[i % 64]);
}
