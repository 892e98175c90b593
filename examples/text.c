/* The C version of the original razortrace example: text() reads a file
 * line by line and keeps every line in a global array that nothing ever
 * empties.  The memory stays reachable, so LeakSanitizer and Valgrind say
 * nothing; razortrace reports the strdup line, growing call after call. */
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char **hold;
static size_t held, capacity;

RAZOR_PROBE("TRACE_TEXT") void text(const char *path);

void text(const char *path) {
  FILE *txt = fopen(path, "r");
  if (!txt)
    return;
  char buf[256];
  while (fgets(buf, sizeof buf, txt)) {
    if (held == capacity) {
      capacity = capacity ? capacity * 2 : 64;
      hold = realloc(hold, capacity * sizeof *hold);
    }
    hold[held++] = strdup(buf); /* <--- leak */
  }
  fclose(txt);
}

int main(void) {
  for (int call = 0; call < 40; call++)
    text("text.txt");
  printf("kept %zu lines\n", held);
  return 0;
}
