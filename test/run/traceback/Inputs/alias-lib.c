/* As libxml2's elfgcchack.h: a function defined under a hidden internal
 * name and exported under an alias; it allocates through a pointer, so
 * the plugin splits it (its outer half is what the alias names). */
#include <stdlib.h>
#include <string.h>
void *(*lib_malloc)(size_t) = malloc;

char *lib_copy_impl(const char *s) __attribute__((visibility("hidden")));
char *lib_copy_impl(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = lib_malloc(n);
  memcpy(p, s, n);
  return p;
}
extern __typeof(lib_copy_impl) lib_copy
    __attribute__((alias("lib_copy_impl"), visibility("default")));
