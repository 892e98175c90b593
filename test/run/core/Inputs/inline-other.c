/* The second translation unit with its own copy of keep_copy. */
#include "inline-alloc.h"

static char *kept_there[100];

void other_unit(int i) { kept_there[i] = keep_copy("there"); }
