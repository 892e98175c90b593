/* A library header: included with -isystem, a system header. */
#include <stdlib.h>
#include <string.h>
static char *ring_last; /* keeps the block: not a wrapper by its shape */
static inline char *ring_copy(const char *s) {
  char *p = malloc(strlen(s) + 1); /* ring.h line 6 */
  ring_last = p;
  return p ? strcpy(p, s) : NULL;
}
