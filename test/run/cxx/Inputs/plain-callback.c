/* Built without the plugin: calls back into the program, then allocates. */
#include <stdlib.h>

void plain_touch(int *p) { *p += 1; }

char *plain_after_callback(void (*cb)(int *), int *arg, size_t n) {
  cb(arg);
  return malloc(n);
}
