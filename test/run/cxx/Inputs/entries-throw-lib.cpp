// entries-throw.cpp's other file: built without the plugin (or with it).
#include <stdexcept>
#include <string>
#include <vector>

static std::vector<std::string *> kept;

// Keeps a string, and throws for odd numbers after it did.
int keep_or_throw(int i) {
  kept.push_back(new std::string(100, 'x'));
  if (i % 2)
    throw std::runtime_error("odd");
  return i;
}
