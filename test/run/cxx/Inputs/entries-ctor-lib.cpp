// A class of another file whose constructor allocates (entries-constructors.cpp).
struct Buffer {
  Buffer(int n);
  ~Buffer();
  char *data;
};
Buffer::Buffer(int n) : data(new char[n]) {}
Buffer::~Buffer() { delete[] data; }
