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

/* Zeroes the dead stack below main's frame.  LeakSanitizer scans the stack
 * conservatively, and the frames of the calls made above (the program's at
 * -O0 and razortrace's runtime's alike) may still hold a copy of the last
 * lost block's address there: with ASan of LLVM 14 one such stale copy
 * survived the leak check's own frames and made that block look reachable.
 * Stale stack words are no table of razortrace's and not what the tests
 * check.  Not instrumented by ASan: its array must be on the real stack,
 * not on ASan's fake stack for use-after-return detection. */
__attribute__((noinline, no_sanitize("address"))) static void
clear_dead_stack(void) {
  volatile char pad[16384];
  for (unsigned i = 0; i < sizeof pad; i++)
    pad[i] = 0;
}

int main(void) {
  for (int i = 0; i < 20; i++)
    remember(i);
  void *volatile gone = malloc(4321);
  gone = 0;
  clear_dead_stack();
  return 0;
}
