/* A library header found through -I that says it is a system header. */
#pragma GCC system_header
#include <stdlib.h>
#include <string.h>
static char *vault_last; /* keeps the block: not a wrapper by its shape */
static inline char *vault_copy(const char *s) {
  char *p = malloc(strlen(s) + 1); /* vault.h line 7 */
  vault_last = p;
  return p ? strcpy(p, s) : NULL;
}
