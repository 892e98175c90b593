/* The client calls' trigger-off cost (README "Custom allocators"): 10^6
 * rounds of razor_malloclike, razor_freelike, razor_pool_alloc,
 * razor_pool_free and, every 1024th round, razor_pool_clear on a static
 * buffer, with no probe sampling; -DNO_CALLS builds the same loop without
 * them.  Count instructions with callgrind:
 *   razor-cc -O2 bench/clientcalls.c -o cc && valgrind --tool=callgrind ./cc
 *   razor-cc -O2 -DNO_CALLS bench/clientcalls.c -o nc && valgrind ... ./nc
 * (and clang without the plugin, linked with -lrazortrace: the calls then
 * reach the runtime's functions). */
#include <razortrace.h>
#include <stdio.h>

static char buf[1024 * 16];
static char pool;

#ifdef NO_CALLS
#undef razor_malloclike
#undef razor_freelike
#undef razor_pool_alloc
#undef razor_pool_free
#undef razor_pool_clear
#define razor_malloclike(p, n) ((void)0)
#define razor_freelike(p) ((void)0)
#define razor_pool_alloc(pool, p, n) ((void)0)
#define razor_pool_free(pool, p) ((void)0)
#define razor_pool_clear(pool) ((void)0)
#endif

int main(void) {
  unsigned long sum = 0;
  for (unsigned i = 0; i < 1000000; i++) {
    char *p = buf + (i & 1023) * 16;
    razor_malloclike(p, 16);
    p[0] = (char)i;
    razor_freelike(p);
    razor_pool_alloc(&pool, p, 16);
    sum += (unsigned char)p[0];
    razor_pool_free(&pool, p);
    if (!(i & 1023))
      razor_pool_clear(&pool);
    __asm__ volatile("" : : "r"(p) : "memory");
  }
  printf("%lu\n", sum);
  return 0;
}
