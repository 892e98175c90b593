// A unit test as a new user writes it: a cache whose add() keeps every key.
#include <razortrace_gtest.h>

#include <string>
#include <vector>

struct Cache {
  std::vector<std::string *> keys;
  void add(const char *key) { keys.push_back(new std::string(key)); }
  bool has(const char *key) const {
    for (const std::string *k : keys)
      if (*k == key)
        return true;
    return false;
  }
};

TEST(Cache, AddKeepsNothing) {
  Cache cache;
  EXPECT_NO_GROWTH(cache.add("a key longer than the small string buffer"));
}

TEST(Cache, HasKeepsNothing) {
  Cache cache;
  cache.add("k");
  EXPECT_NO_GROWTH(cache.has("k"));
}
