/* A pointer to malloc nothing ever changes: the optimizer makes its calls
 * direct calls of malloc, after the instrumentation ran. */
#include <stdlib.h>
static void *(*do_malloc)(size_t) = malloc;
void *my_alloc(size_t n) { return do_malloc(n); }
void *my_alloc_checked(size_t n) {
  void *p = do_malloc(n);
  if (!p)
    abort();
  return p;
}
