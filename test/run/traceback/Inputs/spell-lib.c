// A library of paths-one-spelling.c, compiled in a directory of its own.
#include <stdlib.h>

void *lib_keep(int n) {
  return malloc(n); // lib-line
}

void lib_each(void (*cb)(int), int i) {
  cb(i); // each-line
}
