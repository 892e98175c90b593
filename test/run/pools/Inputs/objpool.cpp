// The pools of objpool.hpp; the tests build this without the plugin.
#include "objpool.hpp"

#include <new>
#include <razortrace.h>

ObjectPool::~ObjectPool() {
  razor_pool_clear(this);
  while (pages_list_) {
    Page *p = pages_list_;
    pages_list_ = p->next;
    ::operator delete(p);
  }
}

void *ObjectPool::take() {
  if (!free_) {
    // One page: its link, then PER_PAGE objects.
    char *page = static_cast<char *>(
        ::operator new(sizeof(Page) + 16 + size_ * PER_PAGE));
    reinterpret_cast<Page *>(page)->next = pages_list_;
    pages_list_ = reinterpret_cast<Page *>(page);
    pages_++;
    char *objs = page + 16;
    for (std::size_t i = PER_PAGE; i-- > 0;) {
      *reinterpret_cast<void **>(objs + i * size_) = free_;
      free_ = objs + i * size_;
    }
  }
  void *o = free_;
  free_ = *static_cast<void **>(o);
  razor_pool_alloc(this, o, size_);
  return o;
}

void ObjectPool::give(void *p) {
  razor_pool_free(this, p);
  *static_cast<void **>(p) = free_;
  free_ = p;
}

void *Arena::alloc(std::size_t n) {
  n = (n + 15) & ~std::size_t(15);
  if (n > CHUNK)
    throw std::bad_alloc();
  if (!head_ || head_->used + n > CHUNK) {
    Chunk *c = new Chunk;
    c->next = head_;
    c->used = 0;
    head_ = c;
  }
  void *p = head_->data + head_->used;
  head_->used += n;
  razor_pool_alloc(this, p, n);
  return p;
}

void Arena::reset() {
  razor_pool_clear(this);
  while (head_) {
    Chunk *c = head_;
    head_ = c->next;
    delete c;
  }
}
