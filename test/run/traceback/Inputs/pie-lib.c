/* An instrumented shared library for pie.c: its frames are symbolised by
 * module + offset from its own load address. */
#include <stdlib.h>

void *lib_alloc(int i) {
  void *p = malloc(64 + (size_t)i); /* lib_alloc-line */
  if (p)
    *(char *)p = 0;
  return p;
}

void *lib_outer(int i) {
  void *p = lib_alloc(i); /* lib_outer-line */
  if (p)
    *((char *)p + 1) = 0;
  return p;
}
