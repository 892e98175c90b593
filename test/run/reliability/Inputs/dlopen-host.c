/* A plain host (built without razortrace): dlopens the library named on
 * its command line, calls lib_work ten times (the last one on a thread of
 * its own), dlcloses the library, then lets that thread end. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

static int (*work)(int);
static pthread_mutex_t unloaded = PTHREAD_MUTEX_INITIALIZER;

static void *other_thread(void *sum) {
  *(int *)sum = work(9);
  pthread_mutex_lock(&unloaded); /* ends after the dlclose */
  pthread_mutex_unlock(&unloaded);
  return NULL;
}

int main(int argc, char **argv) {
  if (argc < 2)
    return 2;
  void *h = dlopen(argv[1], RTLD_NOW);
  if (!h) {
    printf("dlopen: %s\n", dlerror());
    return 1;
  }
  work = (int (*)(int))dlsym(h, "lib_work");
  int sum = 0, last = 0;
  for (int i = 0; i < 9; i++)
    sum += work(i);
  pthread_mutex_lock(&unloaded);
  pthread_t t;
  pthread_create(&t, NULL, other_thread, &last);
  while (!__atomic_load_n(&last, __ATOMIC_ACQUIRE))
    ;
  printf("sum %d\n", sum + last);
  printf("dlclose: %d\n", dlclose(h));
  pthread_mutex_unlock(&unloaded);
  pthread_join(t, NULL);
  printf("thread ended\n");
  return 0;
}
