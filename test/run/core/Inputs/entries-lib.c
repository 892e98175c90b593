// entries-link.c's other files: built with the plugin (ENTRIES_RAZOR) or
// without it (ENTRIES_PLAIN), or as a shared library (ENTRIES_SHARED).
#include <stdio.h>
#include <stdlib.h>

#ifdef ENTRIES_RAZOR
static char *kept[256];
static int nkept;
char *make(int n) {
  char *p = malloc(n); // kept: the finding names this line
  return p;
}
void keep(char *p) {
  if (nkept < 256)
    kept[nkept++] = p;
}
#endif

#ifdef ENTRIES_PLAIN
char *plain_make(int n) { return malloc(n); }
#endif

#ifdef ENTRIES_SHARED
// Called by name from another file of the library: the program's own
// definition, which comes first in the lookup, must win as without the
// plugin.
const char *who(void) { return "library"; }
#endif
#ifdef ENTRIES_SHARED2
const char *who(void);
const char *ask(void) { return who(); }
#endif
