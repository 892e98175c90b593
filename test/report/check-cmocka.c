// razor_check in a cmocka test (Debian's libcmocka-dev): the test of a leaking function fails, with the finding's report naming the leaking line; the test of a clean one passes.
// REQUIRES: cmocka
// RUN: %clang_razor -g %s -o %t -lcmocka
// RUN: not %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>
#include <razortrace.h>

static char *names[1000];
static int nnames;

static void remember(void *name) {
  names[nnames++] = malloc(32); /* kept */
  (void)name;
}

static void borrow(void *name) {
  free(malloc(32));
  (void)name;
}

static void test_remember_keeps_nothing(void **state) {
  (void)state;
  assert_int_equal(razor_check(remember, "x", 40, NULL, stderr), 0);
}

static void test_borrow_keeps_nothing(void **state) {
  (void)state;
  assert_int_equal(razor_check(borrow, "x", 40, NULL, stderr), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_remember_keeps_nothing),
      cmocka_unit_test(test_borrow_keeps_nothing),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
// CHECK-DAG: {{.*}}check-cmocka.c line: 19 column: 21 function: remember command: names[nnames++] = malloc(32); /* kept */
// CHECK-DAG: [  FAILED  ] test_remember_keeps_nothing
// CHECK-DAG: [       OK ] test_borrow_keeps_nothing
// CHECK-DAG: [  PASSED  ] 1 test(s).
