/* Built without the plugin: a library function that allocates a block and
 * hands it back to its caller. */
#include <stdlib.h>
#include <string.h>

char *lib_make(void) {
  static const char text[] = "made by the library"; /* 20 bytes with its NUL */
  char *p = malloc(sizeof text);
  if (p)
    memcpy(p, text, sizeof text);
  return p;
}
