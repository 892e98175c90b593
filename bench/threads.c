/* bench/threads.c - the request handler of issue 7 (request.h) served by
 * THREADS threads at once, the kept nodes on one global list under a mutex.
 *
 *   usage: threads [REQUESTS [THREADS]]   (default 1000000 4; the total work
 *   is the same for any THREADS, each thread serving REQUESTS/THREADS)
 */
#include <pthread.h>

static pthread_mutex_t kept_lock = PTHREAD_MUTEX_INITIALIZER;
#define KEPT_LOCK() pthread_mutex_lock(&kept_lock)
#define KEPT_UNLOCK() pthread_mutex_unlock(&kept_lock)
#include "request.h"

struct job {
  uint32_t first, count, sum;
};

static void *serve(void *arg) {
  struct job *j = arg;
  uint32_t sum = 0;
  for (uint32_t i = j->first; i < j->first + j->count; i++)
    sum += handle_request(i);
  j->sum = sum;
  return NULL;
}

int main(int argc, char **argv) {
  uint32_t n = argc > 1 ? (uint32_t)strtoul(argv[1], NULL, 10) : 1000000;
  uint32_t t = argc > 2 ? (uint32_t)strtoul(argv[2], NULL, 10) : 4;
  if (t < 1 || t > 64)
    t = 4;
  pthread_t th[64];
  struct job jobs[64];
  for (uint32_t i = 0; i < t; i++) {
    jobs[i].first = 1 + i * (n / t);
    jobs[i].count = i + 1 < t ? n / t : n - i * (n / t);
    pthread_create(&th[i], NULL, serve, &jobs[i]);
  }
  uint32_t sum = 0;
  for (uint32_t i = 0; i < t; i++) {
    pthread_join(th[i], NULL);
    sum += jobs[i].sum;
  }
  printf("threads: %u requests on %u threads, checksum %08x, %zu nodes kept\n",
         n, t, sum, nkept);
  return 0;
}
