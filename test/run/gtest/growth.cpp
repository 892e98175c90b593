// razortrace_gtest.h: EXPECT_NO_GROWTH / ASSERT_NO_GROWTH in a GoogleTest test (Debian's libgtest-dev) fail once per finding, at the leaking line; a clean statement passes; calls, warmup and min_growth are honoured; ASSERT_ stops the test; too few calls is a failure at the macro.
// REQUIRES: gtest
// RUN: %clangxx_razor -g -std=c++17 %s -o %t -lgtest -lgtest_main -pthread
// RUN: not %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
#include <razortrace_gtest.h>

#include <cstdlib>
#include <string>

static char *kept[100000];
static int nkept;

static void remember(int n) {
  kept[nkept++] = static_cast<char *>(malloc(64 + n % 2));
}

static void remember_twice() {
  kept[nkept++] = static_cast<char *>(malloc(16));
  kept[nkept++] = new char[24];
}

static int lazy_calls;
static void lazy() {
  if (lazy_calls++ < 7)
    kept[nkept++] = static_cast<char *>(malloc(64));
}

static void borrow() {
  std::string s(200, 'x');
  (void)s;
}

static void remember_small() {
  kept[nkept++] = static_cast<char *>(malloc(8));
}

// CHECK-LABEL: [ RUN      ] Growth.Leaky
// CHECK: growth.cpp:15: Failure
// CHECK-NEXT: razortrace: memory allocated here keeps growing while remember(i++) runs
// CHECK-NEXT: {{.*}}growth.cpp line: 15 column: 39 function: remember(int) command: kept[nkept++] = static_cast<char *>(malloc(64 + n % 2));
// CHECK: [  FAILED  ] Growth.Leaky
TEST(Growth, Leaky) {
  int i = 0;
  EXPECT_NO_GROWTH(remember(i++));
}

// Two leaking lines: two failures, each at its line.
// CHECK-LABEL: [ RUN      ] Growth.TwoSites
// CHECK-DAG: growth.cpp:19: Failure
// CHECK-DAG: growth.cpp:20: Failure
// CHECK: [  FAILED  ] Growth.TwoSites
TEST(Growth, TwoSites) { EXPECT_NO_GROWTH(remember_twice(), 30); }

// CHECK-LABEL: [ RUN      ] Growth.Clean
// CHECK-NEXT: [       OK ] Growth.Clean
TEST(Growth, Clean) {
  EXPECT_NO_GROWTH(borrow());
  ASSERT_NO_GROWTH(borrow(), 100);
}

// Growth only during the first calls: found without warmup, not with it.
// CHECK-LABEL: [ RUN      ] Growth.Warmup
// CHECK-NEXT: [       OK ] Growth.Warmup
TEST(Growth, Warmup) {
  lazy_calls = 0;
  ASSERT_NO_GROWTH(lazy(), 12, "warmup=7,min_calls=4");
}

// Eight bytes a call, below min_growth=1KiB over 50 calls.
// CHECK-LABEL: [ RUN      ] Growth.MinGrowth
// CHECK-NEXT: [       OK ] Growth.MinGrowth
TEST(Growth, MinGrowth) {
  EXPECT_NO_GROWTH(remember_small(), 50, "min_growth=1KiB");
}

// ASSERT_ returns after its failures: the line after it never runs.
// CHECK-LABEL: [ RUN      ] Growth.AssertStops
// CHECK: growth.cpp:15: Failure
// CHECK-NOT: still running
// CHECK: [  FAILED  ] Growth.AssertStops
TEST(Growth, AssertStops) {
  int i = 0;
  ASSERT_NO_GROWTH(remember(i++), 20);
  printf("still running\n");
}

// CHECK-LABEL: [ RUN      ] Growth.TooFewCalls
// CHECK: growth.cpp:[[# @LINE + 3]]: Failure
// CHECK-NEXT: razortrace: no verdict on borrow(): 3 call(s)
// CHECK: [  FAILED  ] Growth.TooFewCalls
TEST(Growth, TooFewCalls) { EXPECT_NO_GROWTH(borrow(), 3); }

// CHECK: 4 FAILED TESTS
