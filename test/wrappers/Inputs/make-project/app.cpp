#include <razortrace.h>
#include <map>
#include <string>
static std::map<int, std::string> cache;
RAZOR_PROBE("TRACE_CACHE") void remember(int k) {
  cache[k] = std::string(64, 'x');
}
int main() {
  for (int i = 0; i < 10; i++)
    remember(i);
}
