// Built without the plugin: deletes what instrumented code allocated.
#include "plain-delete.h"

void plain_delete_array(long *p) { delete[] p; }
void plain_delete_aligned(Aligned *p) { delete p; }
void plain_delete_big(Big *p) { delete p; }
Big *plain_new_big() { return new Big(); }
