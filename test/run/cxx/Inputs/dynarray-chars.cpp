#include "dynarray.h"
static DynArray<char, 10> chars;
void grow_chars(int i) {
  for (int k = 0; k < 16; k++)
    chars.Push((char)(i + k));
}
