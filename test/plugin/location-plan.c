// Without -g, only the functions whose code may hold a call the pass locates (an allocation, a call into foreign code or through a pointer) get locations; the others are generated as nodebug (static ones once the unit is complete), and every site keeps its exact line and column.  (The locations are dropped after the optimizer, test/plugin/drop-locations.c: -razortrace-drop-locations=false keeps them to look at.)
// On LLVM 14-16 locations come from a second code generator (LocationShadow) and the output itself carries none: the -g-less sites there are checked by the other plugin tests. (Recognising allocation wrappers by shape is off here, no-auto-alloc: its helpers would charge their callers.)
// UNSUPPORTED: llvm-14, llvm-15, llvm-16
// RUN: %clang -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - %s -mllvm -razortrace-drop-locations=false | grep "^define" | sort | FileCheck %s
// RUN: %clang -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - %s | FileCheck --check-prefix=SITES %s
// RUN: %clang -O2 -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - %s | FileCheck --check-prefix=SITES %s
#include <stdlib.h>
#include <string.h>

int external(int n);
static int later(int n);

void *kept; /* (read elsewhere: -O2 keeps the call) */
static int grow(int n) {
  kept = malloc(n);
  return n;
}
// SITES-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-3]], i16 10, i8 0, i8 {{(0|32|64|96)}},

// Calls a function defined above, a builtin and a pure function.
int quiet(const char *s, int n) {
  char buf[8];
  memcpy(buf, s, sizeof buf);
  return grow(n) + (int)strlen(s) + buf[0];
}

// Calls a function not defined yet: decided at the end of the unit.
static int early(int n) { return later(n) * 2; }
static int later(int n) { return n + 1; }
int use(int n) { return early(n); }

// Lock-free atomic builtins are inline instructions; a 32-byte one is a libatomic call.
static int flag;
int atomics(int n) { return __atomic_fetch_add(&flag, n, __ATOMIC_SEQ_CST) + __atomic_load_n(&flag, __ATOMIC_ACQUIRE); }
struct wide { long a, b, c, d; };
static struct wide shared;
int wide_load(void) {
  struct wide w;
  __atomic_load(&shared, &w, __ATOMIC_SEQ_CST);
  return (int)w.a;
}

int through(int (*fn)(int), int n) { return fn(n); }
// SITES-DAG: @razor.call{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-1]], i16 45, i8 -1, i8 {{(0|32|64|96)}},
int outside(int n) { return 1 + external(n); }
// SITES-DAG: @razor.call{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-1]], i16 33, i8 -1, i8 {{(0|32|64|96)}},

// Sorted: a definition with a subprogram (!dbg) has clang's locations, one without has none.  outside, through and grow need locations for one call each, which the frontend gives them itself (test/plugin/located-calls.c); wide_load's libatomic call comes from a statement the plan does not locate.
// CHECK:      define dso_local i32 @atomics({{.*}}) #{{[0-9]+}} {
// CHECK-NEXT: define dso_local i32 @outside({{.*}}) #{{[0-9]+}} {
// CHECK-NEXT: define dso_local i32 @quiet({{.*}}) #{{[0-9]+}} {
// CHECK-NEXT: define dso_local i32 @through({{.*}}) #{{[0-9]+}} {
// CHECK-NEXT: define dso_local i32 @use({{.*}}) #{{[0-9]+}} {
// CHECK-NEXT: define dso_local i32 @wide_load({{.*}}) #{{[0-9]+}} !dbg
// CHECK-NEXT: define internal i32 @early({{.*}}) #{{[0-9]+}} {
// CHECK-NEXT: define internal i32 @grow({{.*}}) #{{[0-9]+}} {
// CHECK-NEXT: define internal i32 @later({{.*}}) #{{[0-9]+}} {
