/* A library's header, found with -isystem: a system header to clang. */
#include <stddef.h>
#ifdef SYS_ANNOTATED
__attribute__((annotate("razor_alloc")))
#endif
void *sys_alloc(size_t n);
template <typename T> struct SysBox {
  T *make() { return static_cast<T *>(sys_alloc(sizeof(T))); }
};
