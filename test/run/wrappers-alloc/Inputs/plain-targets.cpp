// Built without the plugin, linked into the program: targets of its calls
// through pointers and virtual calls.
#include <cstdlib>
#include <cstring>
extern "C" void *plain_make(size_t n) {
  void *p = malloc(n);
  if (p)
    memset(p, 0, n);
  return p;
}
struct Base {
  virtual int *make() = 0;
  virtual ~Base() {}
};
struct Impl : Base {
  int *make() override { return new int[6](); }
};
Base *plain_impl() { return new Impl; }
