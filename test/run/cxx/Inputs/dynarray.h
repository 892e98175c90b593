// A tinyxml2-style growable array: its one allocation line serves every
// instantiation.
#include <stdlib.h>
#include <string.h>

template <typename T, int N> class DynArray {
public:
  void Push(const T &v) {
    EnsureCapacity(size_ + 1);
    mem_[size_++] = v;
  }

private:
  void EnsureCapacity(int cap) {
    if (cap > allocated_) {
      int n = cap * 2;
      T *m = new T[n];
      memcpy((void *)m, (void *)mem_, sizeof(T) * size_);
      if (mem_ != pool_)
        delete[] mem_;
      mem_ = m;
      allocated_ = n;
    }
  }
  T pool_[N];
  T *mem_ = pool_;
  int allocated_ = N, size_ = 0;
};

void grow_chars(int i);
void grow_blocks(int i);
