/* The helpers' header, as the library ships it: nothing marks them. */
#include <stddef.h>
extern void *(*alloc_hook)(size_t);
void *hooked_alloc(size_t n);
char *hooked_strdup(const char *s);
