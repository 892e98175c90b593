// A container in a system header: appending a char is a store, and a call
// into foreign code (which may allocate) only when the buffer is full.
#pragma GCC system_header
struct charbuf {
  char *data;
  unsigned len, cap;
};
void charbuf_grow(struct charbuf *b);
static inline void charbuf_push(struct charbuf *b, char c) {
  if (__builtin_expect(b->len == b->cap, 0))
    charbuf_grow(b);
  b->data[b->len++] = c;
}
