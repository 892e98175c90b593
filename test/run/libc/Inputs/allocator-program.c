/* The program of allocator-jemalloc.c, allocator-tcmalloc.c and
 * allocator-linked-first.c: a leaky probe and a balanced one whose blocks
 * are released by code built without the plugin (Inputs/plain-free.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void plain_free(void *p);
void *plain_realloc(void *p, size_t n);

static char *kept[16];
static int nkept;
static void *held;

/* Keeps one 100-byte block a call: a leak. */
__attribute__((annotate("razor_probe:TRACE_ALLOC"))) void leaky(int call) {
  kept[nkept] = malloc(100);
  snprintf(kept[nkept], 100, "entry %d", call);
  nkept++;
}

/* Gives everything back through plain code: the block of the previous call,
 * a block of a new size class each call (an unseen free would pile them up),
 * and a string that plain code grows with realloc and then frees.  Sizes
 * shrink or change every call, so no free can hide behind address reuse. */
__attribute__((annotate("razor_probe:TRACE_ALLOC"))) void balanced(int call) {
  plain_free(held);
  held = malloc(64 + 16 * (size_t)(8 - call));
  char *big = malloc(1000 * (size_t)(call + 1));
  big[0] = 'x';
  plain_free(big);
  char *s = strdup("scratch");
  s = plain_realloc(s, 4096 * (size_t)(call + 1));
  plain_free(s);
}

int main(void) {
  for (int i = 0; i < 8; i++) {
    leaky(i);
    balanced(i);
  }
  plain_free(held);
  printf("kept %d, last \"%s\"\n", nkept, kept[nkept - 1]);
  return 0;
}
