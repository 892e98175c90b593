/* A small traced program for tools that run it (valgrind, sanitizers): a
 * probe that keeps one block a call in a global list and frees the rest. */
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node {
  struct node *next;
  char text[56];
};
static struct node *list;

RAZOR_PROBE("TRACE_LEAKY") void remember(int i) {
  struct node *n = malloc(sizeof *n);
  snprintf(n->text, sizeof n->text, "entry %d", i);
  n->next = list;
  list = n;
  char *tmp = strdup(n->text);
  free(tmp);
  void *grow = realloc(NULL, 10);
  grow = realloc(grow, 1000);
  free(grow);
}

int main(void) {
  for (int i = 0; i < 20; i++)
    remember(i);
  printf("list head: %s\n", list->text);
  return 0;
}
