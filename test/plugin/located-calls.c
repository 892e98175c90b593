// Without -g, a C function whose calls need locations, each callee (or pointer) at one place, is generated without clang's location tracking (most of an -O0 compile's cost for the plugin): the frontend gives its calls the lines and columns clang's tracking would have, as location facts.  -razortrace-check-located keeps clang's locations and compares every located call with them: they agree, in file, line and column, here and on SQLite's and Lua's sources.  A callee called at two places keeps clang's locations; so does code after a #line naming another file (which functions are generated without locations: test/plugin/located-calls-nodebug.c).  Up to LLVM 16 clang's locations are the second code generator's (LocationShadow), and the check compares with those.
// RUN: %clang -O0 -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o /dev/null %s -mllvm -razortrace-check-located 2>&1 | FileCheck --check-prefix=AGREE --implicit-check-not='located at' %s
// RUN: %clang -O0 -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o /dev/null -x c - -mllvm -razortrace-check-located < %s 2>&1 | FileCheck --check-prefix=AGREE --implicit-check-not='located at' %s
// RUN: %clang -O0 -gno-column-info -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o /dev/null %s -mllvm -razortrace-check-located 2>&1 | FileCheck --check-prefix=AGREE --implicit-check-not='located at' %s
// RUN: %clang -O0 -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck --check-prefixes=SITES,O0 %s
// RUN: %clang -O2 -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck --check-prefix=SITES %s
#include <stdlib.h>
#include <string.h>

struct pair { void *a, *b; };
struct ops { void *(*make)(size_t); struct pair (*both)(size_t); };
void *kept[8];
extern void note(const char *what, void *p);
extern struct pair make_pair(size_t n);

#define TWICE(n) (kept[0] = malloc(n), kept[1] = malloc(n))

// One macro invocation: both calls are at its place.
void in_macro(size_t n) { TWICE(n); }
// SITES-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-1]], i16 27, i8 0,

// A call in another call's arguments, one in a return, a structure returned.
void *nested(const char *s, size_t n) {
  note(s, calloc(n, 2));
  struct pair p = make_pair(n);
  kept[2] = p.a;
  return realloc(p.b,
                 n);
}
// SITES-DAG: @razor.call{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-6]], i16 3, i8 -1,
// SITES-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-7]], i16 11, i8 1,
// SITES-DAG: @razor.call{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-7]], i16 19, i8 -1,
// SITES-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-6]], i16 10, i8 2,

// Through pointers: one each, in a condition and in a loop's increment.
int through(struct ops *o, size_t n) {
  int k = 0;
  for (size_t i = 0; i < n; kept[3] = o->make(i++))
    k++;
  if (o->both)
    return k;
  return -k;
}
// SITES-DAG: @razor.call{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-6]], i16 39, i8 -1,

// Two calls of malloc at two places: clang's locations stay.
void two_places(size_t n) {
  kept[4] = malloc(n);
  kept[5] = malloc(n + 1);
}
// SITES-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-3]], i16 13, i8 0,
// SITES-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-3]], i16 13, i8 0,

// Callees called at several places: their calls take the locations in the order clang generates them (a loop's increment after its body, each arm, the cases of a switch), code after a return left out as clang leaves it out.  (At -O2 the optimizer then merges the calls of the two arms, and of two cases, as without this.)
void *ordered(struct ops *o, int k, size_t n) {
  void *p = 0;
  for (int i = 0; i < k; note("inc", malloc(n)))
    note("body", malloc(n + 1));
  if (k > 1)
    p = o->make(n);
  else
    p = o->make(n * 2);
  switch (k) {
  case 0:
    return malloc(1);
    note("dead", malloc(2));
  case 1:
    p = calloc(1, n);
    break;
  default:
    p = calloc(2, n);
  }
  do { note("macro", p); } while (0);
  return p;
}
// O0-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-19]], i16 38, i8 0,
// O0-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-19]], i16 18, i8 0,
// O0-DAG: @razor.{{(site|call)[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-18]], i16 9, i8 -1,
// O0-DAG: @razor.{{(site|call)[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-17]], i16 9, i8 -1,
// O0-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-15]], i16 12, i8 0,
// O0-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-13]], i16 9, i8 1,
// O0-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-11]], i16 9, i8 1,

// Not certain, so clang's locations: a condition clang folds, calls in both operands of an assignment.
void folded(size_t n) {
  if (sizeof(long) == 8)
    kept[6] = malloc(n);
  kept[7] = malloc(n + 1);
}
void both_sides(size_t n) { ((void **)malloc(8))[0] = malloc(n); }

// A callee declared again between its calls: one function for the IR, its calls in their order (they were taken for two callees, at one place each, whose locations could swap).
void *grab(size_t n);
void redeclared(size_t n) {
  kept[4] = grab(n);
  void *grab(size_t n);
  kept[5] = grab(n + 1);
}
// O0-DAG: @razor.call{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-4]], i16 13, i8 -1,
// O0-DAG: @razor.call{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-3]], i16 13, i8 -1,

#line 900 "elsewhere.c"
void renamed(size_t n) { kept[6] = strdup("x") + n; }

// AGREE: razortrace: check-located: 21 calls agree, 0 differ
