// A header precompiled on its own (gcc's .gch style: no -c).
#include <string>
#include <vector>
static std::vector<std::string> names;
