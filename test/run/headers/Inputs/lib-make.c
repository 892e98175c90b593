/* Built WITH the plugin into a shared library that dlclose-then-free.c
 * loads, calls from a probe and unloads while the blocks it made live. */
#include <stdlib.h>

char *lib_make(size_t n) { return malloc(n); }
