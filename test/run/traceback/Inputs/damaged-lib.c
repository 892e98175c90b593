/* An instrumented library built without -g: libfill (exported) reaches
 * the allocation through two static functions, known by the library's
 * .symtab alone. */
#include <stdlib.h>

static void *kept[64];
static int n;

__attribute__((noinline)) static void *lib_make(int i) {
  return malloc(24 + (size_t)i % 3); // lib-make-line
}

__attribute__((noinline)) static void *lib_middle(int i) {
  return lib_make(i);
}

__attribute__((noinline)) void libfill(int i) {
  kept[n++] = lib_middle(i);
}
