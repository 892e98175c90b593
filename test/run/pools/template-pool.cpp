// C++ allocators in the program's own instrumented code: a typed free-list pool template (pages from operator new[], razor_pool_alloc / razor_pool_free in create() and destroy()) and a scoped arena (razor_pool_clear in its destructor, also on an exception).  The client call in the template is one site for both instantiations; the objects kept are its finding with exactly their bytes, objects destroyed and the per-request arenas (one left by an exception) are not reported, and the pool's pages and the arena's chunks are pool-chunk records, never findings.  -O0 and -O2.
// RUN: %clangxx_razor -g -O0 %s -o %t0
// RUN: %clangxx_razor -g -O2 %s -o %t2
// RUN: env TRACE_TPL=1 %env_razor_opts=format=json %run %t0 2>&1 >/dev/null | %jsonl | FileCheck %s
// RUN: env TRACE_TPL=1 %env_razor_opts=format=json %run %t2 2>&1 >/dev/null | %jsonl | FileCheck %s
// RUN: env TRACE_TPL=1 %run %t2 2>&1 >/dev/null | FileCheck %s --check-prefix=TEXT
#include <cstddef>
#include <cstdio>
#include <new>
#include <razortrace.h>
#include <stdexcept>
#include <utility>

template <typename T> class TypedPool {
public:
  template <typename... A> T *create(A &&...args) {
    if (!free_) {
      char *page = new char[sizeof(Slot) * 8];
      for (int i = 7; i >= 0; i--) {
        Slot *s = reinterpret_cast<Slot *>(page + i * sizeof(Slot));
        s->next = free_;
        free_ = s;
      }
    }
    Slot *s = free_;
    free_ = s->next;
    razor_pool_alloc(this, s, sizeof(T));
    return new (s) T{std::forward<A>(args)...};
  }
  void destroy(T *p) {
    p->~T();
    razor_pool_free(this, p);
    Slot *s = reinterpret_cast<Slot *>(p);
    s->next = free_;
    free_ = s;
  }

private:
  union Slot {
    Slot *next;
    alignas(T) unsigned char obj[sizeof(T)];
  };
  Slot *free_ = nullptr;
};

class ScopedArena {
public:
  ScopedArena() = default;
  ~ScopedArena() {
    razor_pool_clear(this);
    while (chunk_) {
      Chunk *c = chunk_;
      chunk_ = c->next;
      delete c;
    }
  }
  void *alloc(std::size_t n) {
    n = (n + 15) & ~std::size_t(15);
    if (!chunk_ || chunk_->used + n > sizeof chunk_->data) {
      Chunk *c = new Chunk;
      c->next = chunk_;
      chunk_ = c;
    }
    void *p = chunk_->data + chunk_->used;
    chunk_->used += n;
    razor_pool_alloc(this, p, n);
    return p;
  }

private:
  struct Chunk {
    Chunk *next = nullptr;
    std::size_t used = 0;
    alignas(16) char data[2048];
  };
  Chunk *chunk_ = nullptr;
};

struct Point { double x, y; };             // 16 bytes
struct Order { long id; char note[40]; };  // 48 bytes

static TypedPool<Point> points;
static TypedPool<Order> orders;
static Order *kept[32];

RAZOR_PROBE("TRACE_TPL,debug") void request(int i) {
  ScopedArena scratch;
  for (int k = 0; k < 10; k++)
    std::snprintf(static_cast<char *>(scratch.alloc(100)), 100, "%d", k);
  Point *p = points.create(1.0 * i, 2.0);
  points.destroy(p);
  kept[i] = orders.create(Order{i, "kept"}); // kept: never destroyed
  try {
    ScopedArena inner;
    inner.alloc(500);
    if (i % 2)
      throw std::runtime_error("odd");
  } catch (const std::exception &) {
  }
}
// 16 calls keep 16 orders of 48 bytes (768) in 2 pages of 8 slots (2 *
// 384); the point pool's one page (128 bytes) holds nothing kept.
// CHECK-NOT:  dropped
// CHECK:      probes[0].calls = 16
// CHECK:      probes[0].sites[0].line = 18
// CHECK:      probes[0].sites[0].kind = "pool-chunk"
// CHECK-NEXT: probes[0].sites[0].total_bytes = 896
// CHECK-NEXT: probes[0].sites[0].blocks = 3
// CHECK:      probes[0].sites[0].finding = false
// CHECK:      probes[0].sites[1].line = 27
// CHECK:      probes[0].sites[1].kind = "pool"
// CHECK-NEXT: probes[0].sites[1].total_bytes = 768
// CHECK-NEXT: probes[0].sites[1].blocks = 16
// CHECK:      probes[0].sites[1].finding = true
// CHECK-NOT:  probes[0].sites[2]
// CHECK-NOT:  dropped

// TEXT:      template-pool.cpp line: 18 column: 20 function: {{.*}}TypedPool<{{.*}}>::create{{.*}} command: char *page = new char[sizeof(Slot) * 8];
// TEXT-NEXT:     • average kb per call: 0.0547   • total kb: 0.8750   • blocks: 3   • pool-chunk   • finding: no
// TEXT:      template-pool.cpp line: 27 column: 5 function: {{.*}}TypedPool<{{.*}}>::create{{.*}} command: razor_pool_alloc(this, s, sizeof(T));
// TEXT-NEXT:     • average kb per call: 0.0469   • total kb: 0.7500   • blocks: 16   • finding: yes
// TEXT:      razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.7500 kb retained

int main() {
  for (int i = 0; i < 16; i++)
    request(i);
  std::printf("%ld %s\n", kept[15]->id, kept[15]->note);
  return 0;
}
