/* A header of the app's own with a function and no allocation of its own
 * (paths-header-no-site.c): no site record names this file. */
void *make(int i);

__attribute__((noinline)) static void *via_header(int i) {
  void *p = make(i);
  __asm__ volatile("" ::: "memory");
  return p;
}
