/* Helpers as a library without the plugin ships them, with a hook the
 * program may set (cJSON's and Lua's shape): hooked_alloc asks it first. */
#include <stdlib.h>
#include <string.h>

void *(*alloc_hook)(size_t);

void *hooked_alloc(size_t n) {
  void *p = alloc_hook ? alloc_hook(n) : malloc(n);
  if (!p)
    abort();
  return p;
}

char *hooked_strdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(hooked_alloc(n), s, n);
}
