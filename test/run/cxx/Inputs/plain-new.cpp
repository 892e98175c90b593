// Built without the plugin: keeps what operator new and new[] give it.
#include <cstdlib>
#include <vector>

struct Node {
  long payload[4];
};
static std::vector<Node *> nodes;
static std::vector<char *> bufs;
static std::vector<void *> raw;

void plain_keep_node() { nodes.push_back(new Node()); }
void plain_keep_array() { bufs.push_back(new char[40]); }
void plain_keep_malloc() { raw.push_back(malloc(24)); }
