/* A traced program with one really unreachable block (for LSan) besides the
 * slow leak razortrace reports (reachable from a global list). */
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

struct node {
  struct node *next;
  char pad[56];
};
static struct node *list;

RAZOR_PROBE("TRACE_LEAKY") void remember(int i) {
  struct node *n = malloc(sizeof *n);
  n->next = list;
  list = n;
  void *volatile lost = malloc(123 + i);
  lost = 0;
}

int main(void) {
  for (int i = 0; i < 20; i++)
    remember(i);
  void *volatile gone = malloc(4321);
  gone = 0;
  return 0;
}
