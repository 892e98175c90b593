// The C++ twin of leaky.c: names kept in a global vector.
#include <razortrace.h>
#include <string>
#include <vector>

static std::vector<std::string *> names;

RAZOR_PROBE("TRACE_KEEP") void keep(const char *name) {
  names.push_back(new std::string(name));
}

int main() {
  for (int i = 0; i < 10; i++)
    keep("a name kept forever, long enough to allocate");
}
