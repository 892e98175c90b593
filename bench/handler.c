/* bench/handler.c - the request handler of issue 7 (request.h), served by
 * one thread.
 *
 *   usage: handler [REQUESTS]       (default 1000000; deterministic)
 */
#define KEPT_LOCK()
#define KEPT_UNLOCK()
#include "request.h"

int main(int argc, char **argv) {
  uint32_t n = argc > 1 ? (uint32_t)strtoul(argv[1], NULL, 10) : 1000000;
  uint32_t sum = 0;
  for (uint32_t i = 1; i <= n; i++)
    sum += handle_request(i);
  printf("handler: %u requests, checksum %08x, %zu nodes kept\n", n, sum, nkept);
  return 0;
}
