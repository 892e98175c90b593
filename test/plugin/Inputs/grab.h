#include <stdlib.h>
static inline void *grab(size_t n) { return malloc(n); }
