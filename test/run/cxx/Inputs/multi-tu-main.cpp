// The second translation unit of multi-tu-link.cpp: it instantiates the
// same standard-library templates (std::string, std::vector), so both
// objects carry the same inline functions with allocation sites.
#include <string>
#include <vector>

void keep(const std::string &s);

int main() {
  std::vector<std::string> local;
  for (int i = 0; i < 10; i++) {
    local.push_back(std::string(40, 'y') + "z");
    keep(local.back());
  }
  return 0;
}
