// Built with and without the plugin, with a sanitizer: its report's frames.
#include <vector>
static std::vector<int *> keep;
// Calls into code of another file and of the library: an entry name, and
// split in two when optimized (without a sanitizer).
void work(int i) { keep.push_back(new int[4]{i}); }
void drop() { keep.clear(); }
