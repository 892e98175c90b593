/* A program built and linked without razortrace that uses an instrumented
 * library (plain-host-lib.c). */
#include <stdio.h>

void lib_request(int i);
int lib_kept(void);

int main(void) {
  for (int i = 0; i < 10; i++)
    lib_request(i);
  printf("kept %d\n", lib_kept());
  return 0;
}
