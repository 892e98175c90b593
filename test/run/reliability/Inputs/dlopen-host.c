/* A plain host (built without razortrace): dlopens the library named on
 * its command line and calls lib_work ten times. */
#include <dlfcn.h>
#include <stdio.h>

int main(int argc, char **argv) {
  if (argc < 2)
    return 2;
  void *h = dlopen(argv[1], RTLD_NOW);
  if (!h) {
    printf("dlopen: %s\n", dlerror());
    return 1;
  }
  int (*work)(int) = (int (*)(int))dlsym(h, "lib_work");
  int sum = 0;
  for (int i = 0; i < 10; i++)
    sum += work(i);
  printf("sum %d\n", sum);
  return 0;
}
