// An object pool (a free list over pages of PER_PAGE objects) and an
// arena (bump allocation in chunks, reset at once), as C++ libraries have
// them, built without the plugin (Inputs/objpool.cpp).  Both register
// their blocks: razor_pool_alloc / razor_pool_free / razor_pool_clear, the
// object being the pool.
#ifndef OBJPOOL_HPP
#define OBJPOOL_HPP
#include <cstddef>

class ObjectPool {
public:
  static const std::size_t PER_PAGE = 16;
  explicit ObjectPool(std::size_t size) : size_(size) {}
  ~ObjectPool();
  void *take();
  void give(void *p);
  std::size_t pages() const { return pages_; }

private:
  struct Page { Page *next; };
  std::size_t size_;
  void *free_ = nullptr;
  Page *pages_list_ = nullptr;
  std::size_t pages_ = 0;
};

class Arena {
public:
  static const std::size_t CHUNK = 4096;
  Arena() = default;
  Arena(const Arena &) = delete;
  ~Arena() { reset(); }
  void *alloc(std::size_t n);
  void reset();

private:
  struct Chunk { Chunk *next; std::size_t used; alignas(16) char data[CHUNK]; };
  Chunk *head_ = nullptr;
};
#endif
