// resident-code.c's C++ program: std::string and std::vector, new and
// delete (sized, nothrow, arrays), a probe that does not sample.
#include <cstdlib>
#include <memory>
#include <new>
#include <string>
#include <vector>

__attribute__((annotate("razor_probe:TRACE_RESIDENT"))) static size_t
work(int n) {
  std::vector<std::string> v;
  for (int i = 0; i < n; i++)
    v.push_back(std::string(40, 'x') + std::to_string(i));
  auto p = std::make_unique<int[]>(100);
  int *q = new (std::nothrow) int[10];
  delete[] q;
  return v.size() + static_cast<size_t>(p[0]);
}

int main() {
  size_t total = 0;
  for (int i = 0; i < 20; i++)
    total += work(100);
  return total == 2000 ? 0 : 1;
}
