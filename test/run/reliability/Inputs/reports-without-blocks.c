/* Four threads that never called into the runtime write reports at once:
 * each borrows the shared block that says "inside" (razor_report_write),
 * which none of them may write. */
#include <pthread.h>
#include <razortrace.h>
#include <stdio.h>

static void *report(void *arg) {
  FILE *f = fopen("/dev/null", "w");
  for (int i = 0; i < 200 && f; i++)
    razor_report(f);
  if (f)
    fclose(f);
  return arg;
}

int main(void) {
  pthread_t t[4];
  for (int i = 0; i < 4; i++)
    pthread_create(&t[i], NULL, report, NULL);
  for (int i = 0; i < 4; i++)
    pthread_join(t[i], NULL);
  puts("reports written");
  return 0;
}
