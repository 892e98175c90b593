/* A plain library (built without the plugin, -O2 -fomit-frame-pointer)
 * that reads a line with libc's getline: the line buffer is allocated
 * inside libc, called from code without frame pointers. */
#include <stdio.h>
#include <stdlib.h>

char *plain_read_line(FILE *f) {
  char *line = NULL;
  size_t cap = 0;
  if (getline(&line, &cap, f) > 0)
    return line;
  free(line);
  return NULL;
}
