/* A static inline allocating function, copied into every translation unit
 * that includes this header. */
#include <string.h>

static inline char *keep_copy(const char *s) { return strdup(s); }

void other_unit(int i);
