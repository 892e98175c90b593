/* Built without the plugin: a function that allocates, for a pointer. */
#include <stdlib.h>
#include <string.h>

char *plain_make_name(int i) {
  char *s = malloc(32);
  memset(s, 'a' + i % 26, 31);
  s[31] = 0;
  return s;
}
