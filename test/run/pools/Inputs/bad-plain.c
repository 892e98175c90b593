/* The same bad client calls as bad-input.c's, from code built without the
 * plugin (the runtime's functions themselves). */
#include <razortrace.h>
#include <stdint.h>
#include <stdlib.h>

void bad_calls_plain(void *known_malloc, void *pool) {
  char local[32];
  razor_malloclike(NULL, 10);
  razor_malloclike((void *)16, 10);
  razor_malloclike((void *)(uintptr_t)-4096, 10);
  razor_freelike(NULL);
  razor_freelike(local);
  razor_freelike(known_malloc);
  razor_pool_alloc(NULL, local, 8);
  razor_pool_free(pool, local);
  razor_pool_free(NULL, NULL);
  razor_pool_clear(local);
  razor_pool_clear(NULL);
  razor_malloclike(local, 16);
  razor_freelike(local);
  razor_freelike(local);
}
