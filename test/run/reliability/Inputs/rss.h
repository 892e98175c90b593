/* The process's resident memory, for tests that check the runtime's memory
 * stays bounded: rss_kb() reads VmRSS; rss_flat() prints whether it grew by
 * less than 512 KB since BEFORE over N of WHAT (and by how much if not). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long rss_kb(void) {
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  long kb = -1;
  while (f && fgets(line, sizeof line, f))
    if (!strncmp(line, "VmRSS:", 6))
      kb = atol(line + 6);
  if (f)
    fclose(f);
  return kb;
}

static void rss_flat(long before, int n, const char *what) {
  long grew = rss_kb() - before;
  printf("rss grew by %s over %d %s\n",
         grew < 512 ? "less than 512 KB" : "TOO MUCH", n, what);
  if (grew >= 512)
    printf("(%ld KB)\n", grew);
}
