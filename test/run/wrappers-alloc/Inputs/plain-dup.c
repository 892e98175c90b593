/* Built without the plugin: a library's string copy. */
#include <stdlib.h>
#include <string.h>

char *plain_dup(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = malloc(n);
  return p ? memcpy(p, s, n) : NULL;
}
