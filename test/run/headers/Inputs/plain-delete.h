// Types and deleters shared with Inputs/plain-delete.cpp (built without the plugin).
struct alignas(64) Aligned {
  char bytes[128];
};
struct Big {
  char bytes[100];
};
void plain_delete_array(long *p);
void plain_delete_aligned(Aligned *p);
void plain_delete_big(Big *p);
Big *plain_new_big();
