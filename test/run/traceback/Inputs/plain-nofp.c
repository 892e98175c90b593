/* A plain library (built without the plugin and without frame pointers)
 * that calls back into instrumented code.  On x86-64 it also leaves a bogus
 * value in rbp across the callback, as optimised code may: the frame walk
 * must stop there cleanly. */
void plain_each(int n, void (*cb)(int)) {
  for (int i = 0; i < n; i++) {
#if defined(__x86_64__)
    __asm__ volatile("mov $0x10, %%rbp" ::: "rbp");
#endif
    cb(i);
  }
}
