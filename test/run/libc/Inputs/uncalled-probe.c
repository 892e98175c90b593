/* A library with a probe that its host never calls. */
#include <stdlib.h>

__attribute__((annotate("razor_probe:TRACE_LIB"))) void *lib_probe(int n) {
  return malloc(n);
}
