/* Built without the plugin: a library that calls back into the program,
 * then keeps a block of its own per call (its registry grows). */
#include <stdlib.h>

struct entry { struct entry *next; char pad[40]; };
static struct entry *registry;

void each(void (*cb)(void *), void *arg) {
  cb(arg);
  struct entry *e = malloc(sizeof *e);
  e->next = registry;
  registry = e;
}
