#include "list.h"
int main(void) {
  for (int i = 0; i < 10; i++)
    list_add("kept on the list");
  return 0;
}
